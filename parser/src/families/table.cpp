#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"

namespace parser {
namespace g = grammar;
struct table_family : tao::pegtl::seq<g::create_prefix, tao::pegtl::sor<g::create_table, g::create_foreign_table>> {};
ParseTree parse_table_family(StatementInput& in) { return detail::parse_rule<table_family>(in); }
}  // namespace parser
