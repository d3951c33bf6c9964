#include "families/family_rules.hpp"
#include "families/parse_rule.hpp"

namespace parser {
ParseTree parse_table_family(StatementInput& in) { return detail::parse_rule<family::table>(in); }
}  // namespace parser
