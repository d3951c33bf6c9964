#pragma once
// Rewrites an expression tree into one spelling per meaning, so that a desired-state file and
// the catalog's pg_get_expr() text compare equal (DESIGN §3). Not applied by Expression's ==
// yet: drift comparison opts in.
//
// The rewrites follow what PostgreSQL's own parse analysis and deparser do:
//   - casts on literals vanish ('x'::character varying → 'x', (0)::numeric → 0, '-1'::integer → -1),
//     as do casts on arrays of literals and casts of a column to a string type ((status)::text,
//     the relabelling PostgreSQL adds for varchar columns; a heuristic without type information);
//   - a IN (x, y) → a = ANY (ARRAY[x, y]); a NOT IN (…) → a <> ALL (ARRAY[…]); one value, or
//     values that name columns, become = comparisons joined by OR (<> and AND), as in transformAExprIn;
//   - LIKE → ~~, ILIKE → ~~*, NOT LIKE → !~~, NOT ILIKE → !~~*, ESCAPE e → like_escape(p, e);
//     SIMILAR TO p → ~ similar_to_escape(p);
//   - a BETWEEN x AND y → a >= x AND a <= y; NOT BETWEEN → a < x OR a > y;
//   - nested AND/OR flatten; OPERATOR(pg_catalog.op) → op; pg_catalog.f() → f();
//   - string literal prefixes (E'', $$…$$, U&'') drop, the decoded value stays.
#include "engine/model/expression_node.hpp"

namespace engine {

ExprNode canonicalize(ExprNode node);

}  // namespace engine
