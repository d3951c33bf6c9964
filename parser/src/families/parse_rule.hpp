#pragma once
// Parses one statement with one statement family's grammar into a parse tree. Each family is
// instantiated in its own translation unit (families/*.cpp) so that the grammar compiles in
// parallel and a change to one family does not rebuild the others.
//
// The tree holds a node for every rule marked `kept` that matched. PEGTL's own parse_tree
// builder allocates a node for every attempt of every rule that might contain a kept one, and
// most attempts fail; here an attempt costs an entry in a flat, reused vector, and the tree
// (parse_tree.hpp) is built once, from the rules that matched, when the parse is over.
#include <cstdint>
#include <memory>
#include <vector>

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "families/expectations.hpp"
#include "grammar/common.hpp"
#include "parse_tree.hpp"

namespace parser {

using StatementInput = tao::pegtl::memory_input<>;

// How far the grammar got, so a syntax error points at the offending token. A bare pointer: the
// failure hook below runs on every failed rule, and a constant-initialised thread_local costs no
// initialisation check.
inline thread_local constinit const char* furthest = nullptr;

namespace detail {

// The kept rules that have matched so far, in pre-order (a node before its descendants).
struct TreeRecord {
    const void* id;
    std::string_view type;
    tao::pegtl::internal::iterator begin;
    const char* end;
    std::uint32_t subtree_end = 0;  // one past the last descendant's record
};

struct TreeRecorder {
    std::vector<TreeRecord> records;
    std::vector<std::uint32_t> marks;  // records.size() when each open rule started

    void clear() {
        records.clear();
        marks.clear();
    }
    void mark() { marks.push_back(static_cast<std::uint32_t>(records.size())); }
    // A rule failed: whatever matched inside it is gone.
    void drop() {
        records.resize(marks.back());
        marks.pop_back();
    }
    void keep() { marks.pop_back(); }
};

inline thread_local constinit TreeRecorder* recorder = nullptr;

template <typename Rule>
struct is_kept : std::is_base_of<grammar::kept, Rule> {};

// Rules that can neither be kept nor contain a kept rule need no bookkeeping.
template <typename Rule>
inline constexpr bool needs_mark =
    tao::pegtl::parse_tree::internal::is_selected_node<Rule, is_kept> ||
    !tao::pegtl::parse_tree::internal::is_leaf<8, typename Rule::subs_t, is_kept>;

template <typename Rule>
struct recording_control : tao::pegtl::normal<Rule> {
    template <typename Input>
    static void start(const Input& in) {
        if constexpr (is_described<Rule>)
            if (collecting_expectations) expectations.enter(in.current(), description<Rule>());
        if constexpr (needs_mark<Rule>) {
            recorder->mark();
            if constexpr (is_kept<Rule>::value)
                recorder->records.push_back({&rule_id<Rule>, tao::pegtl::demangle<Rule>(), in.iterator(), nullptr, 0});
        }
    }
    template <typename Input>
    static void success(const Input& in) {
        if constexpr (is_described<Rule>)
            if (collecting_expectations) expectations.leave();
        if constexpr (needs_mark<Rule>) {
            if constexpr (is_kept<Rule>::value) {
                TreeRecord& r = recorder->records[recorder->marks.back()];
                r.end = in.current();
                r.subtree_end = static_cast<std::uint32_t>(recorder->records.size());
            }
            recorder->keep();
        }
    }
    template <typename Input>
    static void failure(const Input& in) noexcept {
        if (in.current() > furthest) furthest = in.current();
        if constexpr (is_described<Rule>)
            if (collecting_expectations) expectations.leave();
        if constexpr (needs_mark<Rule>) recorder->drop();
    }
};

// Builds the tree of the records (the root has no rule).
ParseTree build_tree(const std::vector<TreeRecord>& records);

template <typename Rule>
ParseTree parse_rule(StatementInput& in) {
    // The grammar runs no actions, so no parse starts inside another: one recorder per thread
    // and family.
    thread_local TreeRecorder state;
    state.clear();
    recorder = &state;
    if (!tao::pegtl::parse<Rule, tao::pegtl::nothing, recording_control>(in)) return nullptr;
    return build_tree(state.records);
}

}  // namespace detail

// One per family, each defined in families/<family>.cpp.
ParseTree parse_table_family(StatementInput& in);
ParseTree parse_alter_table_family(StatementInput& in);
ParseTree parse_index_family(StatementInput& in);
ParseTree parse_function_family(StatementInput& in);
ParseTree parse_view_family(StatementInput& in);
ParseTree parse_other_family(StatementInput& in);
ParseTree parse_type_name_family(StatementInput& in);

}  // namespace parser
