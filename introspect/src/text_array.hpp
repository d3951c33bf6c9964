#pragma once
// PostgreSQL's text form of a one-dimensional array ({a,"b c",NULL}) → its elements.
#include <optional>
#include <string>
#include <vector>

namespace introspect {

std::vector<std::optional<std::string>> parse_text_array(const std::string& text);

}  // namespace introspect
