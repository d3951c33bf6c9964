#pragma once
// What the grammar expected where a statement failed. Collection is off while parsing: a failed
// statement is parsed a second time with it on, and then every *described* rule (a keyword, a
// punctuation mark, a name, a number, a string, a type name, an expression) that the grammar
// tries at the furthest point names itself, unless the rule it is part of already did (see Part):
// "a type name" rather than every keyword a type name can start with.
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "grammar/common.hpp"

namespace parser::detail {

namespace described {

template <char C>
inline constexpr char quoted_char[] = {'\'', C, '\'', '\0'};
template <char... Cs>
inline constexpr char quoted_string[] = {'\'', Cs..., '\'', '\0'};

// Matches a rule that is, or derives from, one<C> with a single character.
template <char C>
constexpr std::string_view single_char(const tao::pegtl::ascii::one<C>*) { return quoted_char<C>; }
template <char... Cs>
constexpr std::string_view exact_string(const tao::pegtl::ascii::string<Cs...>*) { return quoted_string<Cs...>; }

}  // namespace described

// How a described rule takes part. A token (a keyword, a punctuation mark, a name, a number, a
// string) names itself and silences every rule inside it; a phrase (a type name, an expression)
// names itself and silences only the rules that start where it starts, so `timestamp with zone`
// still says it expected TIME. White space and comments name nothing and silence what is in them.
enum class Part { none, token, phrase, silent };

struct Description {
    Part part = Part::none;
    std::string_view name;
};

template <typename Rule>
constexpr Description description() {
    using P = Part;
    if constexpr (std::is_base_of_v<grammar::keyword_marker, Rule>) return {P::token, Rule::spelling};
    else if constexpr (std::is_same_v<grammar::sep, Rule>) return {P::silent, {}};
    else if constexpr (std::is_base_of_v<grammar::type_name, Rule>) return {P::phrase, "a type name"};
    else if constexpr (std::is_base_of_v<grammar::expr_atom, Rule>) return {P::phrase, "an expression"};
    else if constexpr (std::is_base_of_v<grammar::identifier, Rule>) return {P::token, "a name"};
    else if constexpr (std::is_base_of_v<grammar::number, Rule>) return {P::token, "a number"};
    else if constexpr (std::is_base_of_v<grammar::string_literal, Rule>) return {P::token, "a string"};
    else if constexpr (std::is_same_v<tao::pegtl::eof, Rule>) return {P::token, "end of statement"};
    else if constexpr (requires { described::single_char(static_cast<const Rule*>(nullptr)); })
        return {P::token, described::single_char(static_cast<const Rule*>(nullptr))};
    else if constexpr (requires { described::exact_string(static_cast<const Rule*>(nullptr)); })
        return {P::token, described::exact_string(static_cast<const Rule*>(nullptr))};
    else return {};
}

template <typename Rule>
inline constexpr bool is_described = description<Rule>().part != Part::none;

struct Expectations {
    const char* at = nullptr;             // the furthest place a described rule was tried
    std::vector<std::string_view> names;  // the described rules tried there, in grammar order
    struct Open {
        const char* position;
        Part part;
    };
    std::vector<Open> open;  // the described rules in progress, innermost last
    int silenced = 0;        // how many of them are tokens or white space

    void reset(const char* begin) {
        at = begin;
        names.clear();
        open.clear();
        silenced = 0;
    }
    void enter(const char* position, Description d) {
        const bool heard = silenced == 0 && d.part != Part::silent && (open.empty() || open.back().position != position);
        if (heard) {
            if (position > at) {
                at = position;
                names.clear();
            }
            if (position == at) names.push_back(d.name);
        }
        open.push_back({position, d.part});
        if (d.part != Part::phrase) ++silenced;
    }
    void leave() noexcept {
        if (open.empty()) return;
        if (open.back().part != Part::phrase) --silenced;
        open.pop_back();
    }
};

inline thread_local Expectations expectations;
// Whether `expectations` is being filled: a flag of its own, constant-initialised, so the hooks that
// run on every rule test it without the initialisation check a thread_local object needs.
inline thread_local constinit bool collecting_expectations = false;

// "',', ')', NOT or NULL" from the collected names: duplicates dropped, ',' and ')' first, and of
// more than ten, eight and a count. `close_note` follows ')': "')' (to close '(' opened at 2:5)".
std::string expected_list(const std::vector<std::string_view>& names, const std::string& close_note);

}  // namespace parser::detail
