// Token access, error reporting and the nesting bound of the expression parser.
#include <cctype>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "expression/parser.hpp"
#include "expression/position.hpp"

namespace parser::expression {

Parser::Parser(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

const Token& Parser::peek(std::size_t ahead) const {
    const std::size_t i = pos_ + ahead;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
}

const Token& Parser::advance() {
    const Token& t = peek();
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
}

bool Parser::at_word(std::string_view word, std::size_t ahead) const {
    const Token& t = peek(ahead);
    return t.kind == TokenKind::identifier && t.value == word;
}

bool Parser::accept_word(std::string_view word) {
    if (!at_word(word)) return false;
    advance();
    return true;
}

void Parser::expect_word(std::string_view word) {
    std::string upper;
    for (char c : word) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!accept_word(word)) fail_expected(upper);
}

bool Parser::at_punct(std::string_view p, std::size_t ahead) const {
    const Token& t = peek(ahead);
    return t.kind == TokenKind::punct && t.text == p;
}

bool Parser::accept_punct(std::string_view p) {
    if (!at_punct(p)) return false;
    advance();
    return true;
}

void Parser::expect_punct(std::string_view p) {
    if (!accept_punct(p)) fail_expected("\"" + std::string(p) + "\"");
}

bool Parser::at_op(std::string_view op, std::size_t ahead) const {
    const Token& t = peek(ahead);
    return t.kind == TokenKind::op && t.value == op;
}

bool Parser::accept_op_star() {
    if (!at_op("*")) return false;
    advance();
    return true;
}

std::string Parser::near_current() const {
    const Token& t = peek();
    return t.kind == TokenKind::end ? "at end of expression" : "at or near \"" + t.text + "\"";
}

void Parser::fail_expected(const std::string& what) const { fail("expected " + what + " " + near_current()); }

void Parser::fail(const std::string& message) const { throw engine::Error(location_in(text_, peek().offset), message); }

Parser::Nesting::Nesting(Parser& p, int levels) : parser_(p), levels_(0) {
    for (int i = 0; i < levels; ++i) add();
}

Parser::Nesting::~Nesting() { parser_.depth_ -= levels_; }

void Parser::Nesting::add() {
    ++levels_;
    if (++parser_.depth_ > max_nesting)
        parser_.fail("expression nests more than " + std::to_string(max_nesting) + " levels deep");
}

bool is_reserved_word(const Token& t) {
    return t.kind == TokenKind::identifier && engine::keyword_category(t.value) == engine::KeywordCategory::reserved;
}

}  // namespace parser::expression
