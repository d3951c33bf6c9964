#pragma once
// What kind of statement a piece of SQL is, told from its leading words.
#include <string>
#include <string_view>

namespace parser {

// The first `words` words of `text`, upper-cased and joined by single spaces: "CREATE TABLE FOO".
std::string first_words(std::string_view text, int words);

// The kind PostgreSQL has but Strata's model does not cover ("CREATE ROLE", "CREATE PUBLICATION",
// …) when `text` is such a statement; empty otherwise.
std::string kind_outside_model(std::string_view text);

}  // namespace parser
