#pragma once
// An SQL expression as written (defaults, checks, index expressions and predicates, generated
// columns, policy USING/CHECK, trigger WHEN, domain checks, partition bounds).
//
// `text` is the original text, trimmed. `tokens` is its canonical token stream: keywords and
// unquoted identifiers folded to lower case, whitespace and comments dropped, literals kept
// exactly. Comparison uses the token stream, so formatting differences never count.
// TODO(issue 3/4): the full AST with operator precedence replaces the token stream as the
// comparison key; the text stays as the rendering source.
#include <string>
#include <vector>

namespace engine {

enum class TokenKind { identifier, quoted_identifier, keyword_or_name, string, number, op, punct, parameter };

struct Token {
    TokenKind kind;
    std::string text;  // canonical spelling (folded identifier, literal as written)
    bool operator==(const Token&) const = default;
};

struct Expression {
    std::string text;
    std::vector<Token> tokens;

    bool empty() const { return text.empty(); }
    bool operator==(const Expression& other) const { return tokens == other.tokens; }
};

}  // namespace engine
