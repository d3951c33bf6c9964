#include "families/family_rules.hpp"
#include "families/parse_rule.hpp"

namespace parser {
ParseTree parse_view_family(StatementInput& in) { return detail::parse_rule<family::view>(in); }
}  // namespace parser
