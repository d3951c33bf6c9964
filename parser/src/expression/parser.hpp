#pragma once
// A hand-written precedence-climbing parser over the expression tokens. The grammar follows
// PostgreSQL 15's gram.y for a_expr; its member functions are spread over files by concern:
// cursor.cpp (token access, errors, nesting depth), operators.cpp (precedence), primary.cpp
// (operands), calls.cpp (function calls and special forms), type_name.cpp (types in casts).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/expression_node.hpp"
#include "expression/token.hpp"

namespace parser::expression {

using engine::ExprKind;
using engine::ExprNode;

// Binding levels, lowest first (PostgreSQL 15 docs, table 4.2, and gram.y's %left/%right list).
enum Level : int {
    lowest = 0,
    level_or,
    level_and,
    level_not,         // right associative prefix
    level_is,          // IS, ISNULL, NOTNULL (non-associative)
    level_comparison,  // < > = <= >= <> (non-associative)
    level_pattern,     // BETWEEN IN LIKE ILIKE SIMILAR (non-associative)
    level_escape,
    level_other_op,    // any other operator, OPERATOR(…)
    level_additive,    // + -
    level_multiplicative,  // * / %
    level_exponent,    // ^
    level_at,          // AT TIME ZONE
    level_collate,
    level_unary,       // prefix + - (right associative)
    level_subscript,   // [ ]
    level_cast,        // ::
    level_field,       // .
};

inline constexpr int max_nesting = 1000;

// A whole value expression from the tokens of `text` (tokenize(text)), for a caller that needs
// the tokens too.
ExprNode parse_tokens(std::string_view text, std::vector<Token> tokens);

class Parser {
public:
    Parser(std::string_view text, std::vector<Token> tokens);

    ExprNode whole_expression();
    ExprNode whole_partition_bound();

    // ---- operators.cpp
    // An expression whose operators all bind tighter than `floor`.
    ExprNode expression(int floor = lowest);

private:
    ExprNode prefix_operator();
    int infix_level() const;
    ExprNode infix(ExprNode left, int level);
    ExprNode is_suffix(ExprNode left);
    ExprNode pattern_suffix(ExprNode left, bool negated);
    ExprNode binary_operator(ExprNode left, std::string op, std::vector<std::string> schema, int level);
    ExprNode postfix_subscript(ExprNode base);
    std::pair<std::vector<std::string>, std::string> operator_in_parens();  // OPERATOR( schema . op )

    // ---- primary.cpp
    ExprNode primary();
    ExprNode keyword_primary(bool& matched);
    ExprNode parenthesised();
    ExprNode name_primary();
    ExprNode case_expression();
    ExprNode array_constructor();
    ExprNode subquery();                 // ( SELECT … ) kept as canonical tokens
    bool at_subquery_start(std::size_t ahead) const;  // SELECT, VALUES, WITH or TABLE
    ExprNode parenthesised_tail();       // expression ")" after an already consumed "("
    std::optional<ExprNode> typed_literal();
    bool at_typed_literal_shape() const;
    ExprNode literal_token();

    // ---- calls.cpp
    ExprNode function_call(std::vector<std::string> name);
    ExprNode special_form(const std::string& word);
    ExprNode conditional(const std::string& word);
    std::vector<ExprNode> expression_list();
    ExprNode sort_list(const std::string& clause_name);
    ExprNode window_clause();
    ExprNode trailing_aggregate_clauses(ExprNode call);

    // ---- type_name.cpp
    std::string type_name();
    std::optional<std::string> try_type_name();
    std::vector<std::string> type_modifiers();   // (10, 2)
    std::string interval_fields_suffix();         // " day to second(3)" or ""

    // ---- cursor.cpp
public:
    const Token& peek(std::size_t ahead = 0) const;
    const Token& advance();
    bool at_word(std::string_view word, std::size_t ahead = 0) const;   // unquoted keyword or name
    bool accept_word(std::string_view word);
    void expect_word(std::string_view word);
    bool at_punct(std::string_view p, std::size_t ahead = 0) const;
    bool accept_punct(std::string_view p);
    void expect_punct(std::string_view p);
    bool at_op(std::string_view op, std::size_t ahead = 0) const;
    bool accept_op_star();
    [[noreturn]] void fail_expected(const std::string& what) const;
    [[noreturn]] void fail(const std::string& message) const;
    std::string near_current() const;
    std::size_t position() const { return pos_; }
    void rewind(std::size_t pos) { pos_ = pos; }

    // Counts one level of nesting for as long as it lives.
    class Nesting {
    public:
        explicit Nesting(Parser& p, int levels = 1);
        ~Nesting();
        void add();  // one more level until destruction
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        Parser& parser_;
        int levels_;
    };

private:
    std::string_view text_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

// Tokens are identifiers that act as keywords in context; these cannot start an operand.
bool is_reserved_word(const Token& t);

}  // namespace parser::expression
