#include "parser/grammar_check.hpp"

#include <tao/pegtl/contrib/analyze.hpp>

#include "families/family_rules.hpp"

namespace tao::pegtl {
// The hand-written token rules consume input whenever they succeed.
template <typename Name>
struct analyze_traits<Name, parser::grammar::high_byte> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, parser::grammar::dollar_quoted> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, parser::grammar::balanced_group> : analyze_any_traits<> {};
// May consume nothing.
template <typename Name>
struct analyze_traits<Name, parser::grammar::sep> : analyze_opt_traits<> {};
// A lookahead: it never consumes.
template <typename Name>
struct analyze_traits<Name, parser::grammar::ahead_top_level_as> : analyze_opt_traits<> {};
}  // namespace tao::pegtl

namespace parser {

std::size_t count_grammar_problems(bool verbose) {
    const int v = verbose ? 1 : 0;
    using tao::pegtl::analyze;
    return analyze<family::table>(v) + analyze<family::alter_table>(v) + analyze<family::index>(v) +
           analyze<family::function>(v) + analyze<family::view>(v) + analyze<family::other>(v) +
           analyze<family::type_name>(v);
}

}  // namespace parser
