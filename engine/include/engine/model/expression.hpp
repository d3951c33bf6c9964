#pragma once
// An SQL expression as written (defaults, checks, index expressions and predicates, generated
// columns, policy USING/CHECK, trigger WHEN, domain checks, partition bounds).
//
// `text` is the original text, trimmed: the rendering source. `ast` is its syntax tree, and
// the comparison key when both sides have one (parentheses and layout never count). `tokens`
// is the canonical token stream (keywords and unquoted identifiers folded to lower case,
// whitespace and comments dropped, literals kept exactly): the key for text that has no tree,
// such as view queries and expressions read from the catalog without parsing.
#include <memory>
#include <string>
#include <vector>

#include "engine/model/expression_node.hpp"

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
    std::shared_ptr<const ExprNode> ast;  // shared: copies of a model are cheap and trees never change

    bool empty() const { return text.empty(); }
    bool operator==(const Expression& other) const {
        if (ast && other.ast) return *ast == *other.ast;
        return tokens == other.tokens;
    }
};

}  // namespace engine
