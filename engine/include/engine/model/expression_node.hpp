#pragma once
// The syntax tree of an SQL expression, as a plain value. Parentheses leave no trace, so two
// spellings that PostgreSQL parses alike compare equal with ==.
//
// What each kind keeps (fields not listed stay empty):
//   string_literal      value = decoded text; modifier = prefix as written: "", "e", "u&", "n", "$"
//   number              value = digits as written (a unary minus on a number is folded in, as
//                       PostgreSQL's grammar does)
//   bit_string          value = digits; modifier = "b" or "x"
//   keyword_literal     value = "true", "false" or "null"
//   default_marker      DEFAULT
//   column_ref          names = folded parts; value = "*" for `t.*`
//   parameter           value = "1" for $1
//   star                `*` as the argument of count(*)
//   function_call       names = function name; children = arguments, then clauses
//   named_argument      value = argument name; children = {value}   (`name => v`, `name := v`)
//   operator_expr       value = operator ("<>" for "!="); names = schema of OPERATOR(schema.op);
//                       children = {operand} or {left, right}
//   bool_and, bool_or   children = operands (a left-nested chain is flattened, as PostgreSQL does)
//   bool_not            children = {operand}
//   cast                value = canonical type ("character varying(255)[]"); children = {operand}
//   case_expr           children = clauses: optional "arg", then "when" {cond, result}…, optional "else"
//   conditional         value = "coalesce", "nullif", "greatest" or "least"; children = arguments
//   sql_value_function  value = "current_timestamp", "current_user", …; children = {precision} or {}
//   null_test           negated; children = {operand}            (IS [NOT] NULL, ISNULL, NOTNULL)
//   boolean_test        value = "true", "false" or "unknown"; negated; children = {operand}
//   distinct_from       negated (IS NOT DISTINCT FROM); children = {left, right}
//   between             negated; modifier = "symmetric" or ""; children = {operand, low, high}
//   in_list             negated; children = {operand, items…}
//   in_subquery         negated; children = {operand, subquery}
//   pattern_match       value = "like", "ilike" or "similar"; negated; children = {operand, pattern[, escape]}
//   quantified          value = operator; modifier = "any" or "all" (SOME is ANY); children = {left, right}
//   array               children = elements (a nested `[…]` is an array too)
//   array_subquery      children = {subquery}
//   row                 children = fields (`ROW(a, b)` and `(a, b)` alike)
//   subscript           children = {base, index}
//   slice               children = {base, lower, upper}; a missing bound is `omitted`
//   omitted             a missing slice bound
//   field_select        value = field name or "*"; children = {base}       (`(x).f`, `(x).*`)
//   collate             names = collation; children = {operand}
//   at_time_zone        children = {operand, zone}
//   exists              children = {subquery}
//   subquery            value = the query's canonical tokens joined by single spaces
//   clause              value = clause name ("distinct", "order by", "filter", "over", "within
//                       group", "variadic", "partition by", "frame", "window name", "arg",
//                       "when", "else", "sort"); modifier = sort direction and nulls order
//   partition_bound     value = "default", "in", "range" or "hash"; children = bound values
#include <string>
#include <vector>

namespace engine {

enum class ExprKind {
    string_literal,
    number,
    bit_string,
    keyword_literal,
    default_marker,
    column_ref,
    parameter,
    star,
    function_call,
    named_argument,
    operator_expr,
    bool_and,
    bool_or,
    bool_not,
    cast,
    case_expr,
    conditional,
    sql_value_function,
    null_test,
    boolean_test,
    distinct_from,
    between,
    in_list,
    in_subquery,
    pattern_match,
    quantified,
    array,
    array_subquery,
    row,
    subscript,
    slice,
    omitted,
    field_select,
    collate,
    at_time_zone,
    exists,
    subquery,
    clause,
    partition_bound,
};

struct ExprNode {
    ExprKind kind = ExprKind::omitted;
    std::string value;
    std::vector<std::string> names;
    std::string modifier;
    bool negated = false;
    std::vector<ExprNode> children;

    bool operator==(const ExprNode& other) const;
};

ExprNode make_leaf(ExprKind kind, std::string value = {});
ExprNode make_node(ExprKind kind, std::string value, std::vector<ExprNode> children);

// A deterministic one-line rendering for tests and debugging, e.g. `(= a (:: 0 numeric))`.
std::string to_sexpr(const ExprNode& node);

}  // namespace engine
