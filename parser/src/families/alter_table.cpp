#include "families/family_rules.hpp"
#include "families/parse_rule.hpp"

namespace parser {
ParseTree parse_alter_table_family(StatementInput& in) { return detail::parse_rule<family::alter_table>(in); }
}  // namespace parser
