#pragma once
// Parses one statement with one statement family's grammar into a parse tree. Each family is
// instantiated in its own translation unit (families/*.cpp) so that the grammar compiles in
// parallel and a change to one family does not rebuild the others.
#include <memory>

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "grammar/common.hpp"

namespace parser {

using StatementInput = tao::pegtl::memory_input<>;
using ParseTree = std::unique_ptr<tao::pegtl::parse_tree::node>;

// How far the grammar got, so a syntax error points at the offending token.
struct Furthest {
    std::size_t byte = 0;
    tao::pegtl::position where{0, 1, 1, ""};
};
inline thread_local Furthest furthest;

namespace detail {

template <typename Rule>
struct selector : std::is_base_of<grammar::kept, Rule> {};

template <typename Rule>
struct tracking_control : tao::pegtl::normal<Rule> {
    template <typename Input, typename... States>
    static void failure(const Input& in, States&&...) {
        const auto p = in.position();
        if (p.byte >= furthest.byte) {
            furthest.byte = p.byte;
            furthest.where = p;
        }
    }
};

template <typename Rule>
ParseTree parse_rule(StatementInput& in) {
    return tao::pegtl::parse_tree::parse<Rule, selector, tao::pegtl::nothing, tracking_control>(in);
}

}  // namespace detail

// One per family, each defined in families/<family>.cpp.
ParseTree parse_table_family(StatementInput& in);
ParseTree parse_alter_table_family(StatementInput& in);
ParseTree parse_index_family(StatementInput& in);
ParseTree parse_function_family(StatementInput& in);
ParseTree parse_view_family(StatementInput& in);
ParseTree parse_other_family(StatementInput& in);

}  // namespace parser
