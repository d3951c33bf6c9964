#pragma once
// The tokens of an expression, as the expression parser sees them.
#include <cstddef>
#include <string>
#include <vector>

namespace parser::expression {

enum class TokenKind { identifier, quoted_identifier, string, bit_string, number, parameter, op, punct, end };

struct Token {
    TokenKind kind = TokenKind::end;
    std::string text;    // as written
    std::string value;   // folded identifier, decoded string, canonical operator ("!=" is "<>")
    std::string prefix;  // string literals: "", "e", "u&", "n", "$"; bit strings: "b", "x"
    std::size_t offset = 0;
};

// Splits `text` into tokens, the last one of kind `end`. Throws engine::Error with the
// position of an unterminated literal or a character PostgreSQL has no token for.
std::vector<Token> tokenize(std::string_view text);

}  // namespace parser::expression
