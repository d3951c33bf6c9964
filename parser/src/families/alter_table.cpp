#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
ParseTree parse_alter_table_family(StatementInput& in) { return detail::parse_rule<grammar::alter_table>(in); }
}  // namespace parser
