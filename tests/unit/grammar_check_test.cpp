// PEGTL's static analysis of every statement family: no rule may repeat or recurse without
// consuming input. Such a rule is an endless loop waiting for the input that reaches it (the
// fuzzer found one: `until<')', sep, opt<token>>` spun on a stray ']').
#include <catch2/catch.hpp>

#include "parser/grammar_check.hpp"

TEST_CASE("no grammar rule can loop without consuming input", "[parser]") {
    CHECK(parser::count_grammar_problems(true) == 0);
}
