#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
namespace g = grammar;
struct function_family : tao::pegtl::seq<g::create_prefix, g::create_function> {};
ParseTree parse_function_family(StatementInput& in) { return detail::parse_rule<function_family>(in); }
}  // namespace parser
