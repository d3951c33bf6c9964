// Operands: literals, names, parenthesised expressions and rows, subqueries, CASE, ARRAY, ROW,
// EXISTS, typed literals and the SQL-value functions.
#include <set>

#include "engine/identifier.hpp"
#include "expression/parser.hpp"

namespace parser::expression {

namespace {

const std::set<std::string, std::less<>> sql_value_functions{
    "current_date", "current_time", "current_timestamp", "localtime",      "localtimestamp", "current_role",
    "current_user", "session_user", "user",             "current_catalog", "current_schema"};
const std::set<std::string, std::less<>> with_precision{"current_time", "current_timestamp", "localtime", "localtimestamp"};
const std::set<std::string, std::less<>> special_forms{"extract", "position", "substring", "trim", "overlay"};
const std::set<std::string, std::less<>> conditionals{"coalesce", "nullif", "greatest", "least"};

// A subquery's token in canonical spelling: names folded (quoted only where needed), the rest as written.
std::string canonical_spelling(const Token& t) {
    switch (t.kind) {
        case TokenKind::identifier: return t.value;
        case TokenKind::quoted_identifier: return engine::quote_ident(t.value);
        case TokenKind::op: return t.value;
        default: return t.text;
    }
}

}  // namespace

ExprNode Parser::primary() {
    const Token& t = peek();
    switch (t.kind) {
        case TokenKind::number:
        case TokenKind::string:
        case TokenKind::bit_string:
        case TokenKind::parameter: return literal_token();
        case TokenKind::punct:
            if (t.text == "(") return parenthesised();
            fail_expected("an expression");
        case TokenKind::quoted_identifier: return name_primary();
        case TokenKind::identifier: {
            bool matched = false;
            ExprNode n = keyword_primary(matched);
            if (matched) return n;
            if (is_reserved_word(t)) fail_expected("an expression");
            return name_primary();
        }
        default: fail_expected("an expression");
    }
}

ExprNode Parser::literal_token() {
    const Token& t = advance();
    switch (t.kind) {
        case TokenKind::number: return engine::make_leaf(ExprKind::number, t.value);
        case TokenKind::parameter: return engine::make_leaf(ExprKind::parameter, t.value);
        default: {
            ExprNode n = engine::make_leaf(t.kind == TokenKind::string ? ExprKind::string_literal : ExprKind::bit_string, t.value);
            n.modifier = t.prefix;
            return n;
        }
    }
}

ExprNode Parser::keyword_primary(bool& matched) {
    matched = true;
    const std::string word = peek().value;
    const bool call = at_punct("(", 1);
    if (word == "null" || word == "true" || word == "false") return engine::make_leaf(ExprKind::keyword_literal, advance().value);
    if (word == "default") {
        advance();
        return engine::make_leaf(ExprKind::default_marker);
    }
    if (word == "case") return case_expression();
    if (word == "array" && (call || at_punct("[", 1))) return array_constructor();
    if (word == "cast" && call) {
        advance();
        expect_punct("(");
        ExprNode operand = expression();
        expect_word("as");
        ExprNode n = engine::make_node(ExprKind::cast, type_name(), {std::move(operand)});
        expect_punct(")");
        return n;
    }
    if (word == "row" && call) {
        advance();
        expect_punct("(");
        ExprNode n = engine::make_node(ExprKind::row, "", at_punct(")") ? std::vector<ExprNode>{} : expression_list());
        expect_punct(")");
        return n;
    }
    if (word == "exists" && call) {
        advance();
        if (!at_subquery_start(1)) fail_expected("a subquery after EXISTS");
        return engine::make_node(ExprKind::exists, "", {subquery()});
    }
    if (call && conditionals.count(word)) return conditional(word);
    if (call && special_forms.count(word)) return special_form(word);
    if (sql_value_functions.count(word) && (!call || with_precision.count(word))) {
        advance();
        ExprNode n = engine::make_leaf(ExprKind::sql_value_function, word);
        if (call) {
            expect_punct("(");
            if (peek().kind != TokenKind::number) fail_expected("a precision");
            n.children.push_back(literal_token());
            expect_punct(")");
        }
        return n;
    }
    matched = false;
    return {};
}

bool Parser::at_subquery_start(std::size_t ahead) const {
    return at_word("select", ahead) || at_word("values", ahead) || at_word("with", ahead) || at_word("table", ahead);
}

ExprNode Parser::subquery() {
    expect_punct("(");
    std::string tokens;
    for (int depth = 0; depth > 0 || !at_punct(")"); advance()) {
        if (peek().kind == TokenKind::end) fail_expected("\")\" to close the subquery");
        if (at_punct("(")) ++depth;
        if (at_punct(")")) --depth;
        tokens += (tokens.empty() ? "" : " ") + canonical_spelling(peek());
    }
    advance();
    return engine::make_leaf(ExprKind::subquery, tokens);
}

ExprNode Parser::parenthesised() {
    if (at_subquery_start(1)) return subquery();
    expect_punct("(");
    return parenthesised_tail();
}

ExprNode Parser::parenthesised_tail() {
    ExprNode first = expression();
    if (accept_punct(",")) {
        // (a, b) is an implicit row constructor.
        std::vector<ExprNode> fields;
        fields.push_back(std::move(first));
        for (auto& f : expression_list()) fields.push_back(std::move(f));
        expect_punct(")");
        return engine::make_node(ExprKind::row, "", std::move(fields));
    }
    expect_punct(")");
    return first;
}

ExprNode Parser::name_primary() {
    if (auto literal = typed_literal()) return std::move(*literal);
    std::vector<std::string> names{advance().value};
    ExprNode ref = engine::make_leaf(ExprKind::column_ref);
    while (at_punct(".")) {
        if (at_op("*", 1)) {
            advance();
            advance();
            ref.value = "*";
            break;
        }
        const TokenKind next = peek(1).kind;
        if (next != TokenKind::identifier && next != TokenKind::quoted_identifier) break;
        advance();
        names.push_back(advance().value);
    }
    if (ref.value.empty() && at_punct("(")) return function_call(std::move(names));
    ref.names = std::move(names);
    return ref;
}

// Whether the tokens from here could be `type 'literal'`: names, dots, brackets and parenthesised
// numbers (type modifiers), then a string. Most names start a column reference or a call and fail
// this at once, before try_type_name builds a type name.
bool Parser::at_typed_literal_shape() const {
    int depth = 0;
    for (std::size_t i = 0;; ++i) {
        const Token& t = peek(i);
        if (depth > 0) {
            if (t.kind == TokenKind::number || at_punct(",", i)) continue;
            if (!at_punct(")", i)) return false;
            --depth;
            continue;
        }
        if (t.kind == TokenKind::string) return i > 0;
        if (t.kind == TokenKind::identifier || t.kind == TokenKind::quoted_identifier || at_punct(".", i) ||
            at_punct("[", i) || at_punct("]", i))
            continue;
        if (!at_punct("(", i)) return false;
        ++depth;
    }
}

std::optional<ExprNode> Parser::typed_literal() {
    // type 'literal' (date '2020-01-01', interval '1' day, public.mood 'x') is a cast, as in gram.y.
    if (!at_typed_literal_shape()) return std::nullopt;
    const std::size_t start = position();
    std::optional<std::string> type = try_type_name();
    if (!type || peek().kind != TokenKind::string) {
        rewind(start);
        return std::nullopt;
    }
    ExprNode literal = literal_token();
    if (*type == "interval") *type += interval_fields_suffix();
    return engine::make_node(ExprKind::cast, std::move(*type), {std::move(literal)});
}

ExprNode Parser::case_expression() {
    expect_word("case");
    ExprNode n = engine::make_leaf(ExprKind::case_expr);
    if (!at_word("when")) n.children.push_back(engine::make_node(ExprKind::clause, "arg", {expression()}));
    if (!at_word("when")) fail_expected("WHEN");
    while (accept_word("when")) {
        ExprNode condition = expression();
        expect_word("then");
        n.children.push_back(engine::make_node(ExprKind::clause, "when", {std::move(condition), expression()}));
    }
    if (accept_word("else")) n.children.push_back(engine::make_node(ExprKind::clause, "else", {expression()}));
    expect_word("end");
    return n;
}

ExprNode Parser::array_constructor() {
    if (accept_word("array") && at_punct("(")) {
        if (!at_subquery_start(1)) fail_expected("a subquery after ARRAY(");
        return engine::make_node(ExprKind::array_subquery, "", {subquery()});
    }
    Nesting nesting(*this);
    expect_punct("[");
    ExprNode n = engine::make_leaf(ExprKind::array);
    if (!at_punct("]")) {
        do n.children.push_back(at_punct("[") ? array_constructor() : expression());
        while (accept_punct(","));
    }
    expect_punct("]");
    return n;
}

}  // namespace parser::expression
