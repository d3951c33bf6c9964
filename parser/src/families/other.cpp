#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
namespace g = grammar;
using namespace tao::pegtl;
struct other_create : seq<g::create_prefix, sor<g::create_sequence, g::create_schema, g::create_extension, g::create_type,
                                                g::create_domain, g::create_raw>> {};
struct other_family : sor<other_create, g::alter_sequence, g::alter_type, g::alter_domain, g::alter_default_privileges,
                          g::alter_view_default,
                          g::alter_owner_generic, g::set_statement, g::set_config_call, g::comment_statement,
                          g::grant_statement, g::drop_statement, g::data_statement, g::transaction_statement> {};
ParseTree parse_other_family(StatementInput& in) { return detail::parse_rule<other_family>(in); }
}  // namespace parser
