#pragma once
// SQL expressions into syntax trees (engine::ExprNode), with PostgreSQL 15's operator
// precedence. Parse errors are engine::Error with the line and column inside `text`:
// "1:7: error: expected an expression at end of expression".
#include <cstddef>
#include <string_view>

#include "engine/model/expression_node.hpp"

namespace parser {

// A whole value expression: a default, a CHECK, an index expression or predicate, …
// Nesting deeper than 1000 levels is an error.
engine::ExprNode parse_expression(std::string_view text);

// A partition bound: DEFAULT, or FOR VALUES IN / FROM … TO … / WITH (MODULUS, REMAINDER).
engine::ExprNode parse_partition_bound(std::string_view text);

// How many expressions the statement grammar accepted but the expression parser could not
// read since the program started (their Expression keeps no AST). Always 0 on real input;
// set STRATA_DEBUG_EXPR=1 to have each one reported on stderr.
std::size_t expression_ast_fallbacks();

}  // namespace parser
