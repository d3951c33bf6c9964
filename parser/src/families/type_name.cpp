#include "families/family_rules.hpp"
#include "families/parse_rule.hpp"

namespace parser {
ParseTree parse_type_name_family(StatementInput& in) { return detail::parse_rule<family::type_name>(in); }
}  // namespace parser
