#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
namespace g = grammar;
struct index_family : tao::pegtl::sor<tao::pegtl::seq<g::create_prefix, g::create_index>, g::alter_index> {};
ParseTree parse_index_family(StatementInput& in) { return detail::parse_rule<index_family>(in); }
}  // namespace parser
