#pragma once
// PEGTL's static analysis of the statement grammars: rules that could repeat or recurse
// without consuming input (an endless loop on some input). Zero means none.
#include <cstddef>

namespace parser {

// Returns the number of problems found; with verbose, PEGTL prints each to stderr.
std::size_t count_grammar_problems(bool verbose);

}  // namespace parser
