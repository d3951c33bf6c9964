#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
namespace g = grammar;
struct view_family : tao::pegtl::seq<g::create_prefix, tao::pegtl::sor<g::create_view, g::create_materialized_view,
                                                                       g::create_trigger, g::create_policy>> {};
ParseTree parse_view_family(StatementInput& in) { return detail::parse_rule<view_family>(in); }
}  // namespace parser
