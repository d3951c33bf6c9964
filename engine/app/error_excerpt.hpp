#pragma once
// On a terminal, an error is followed by its source line and a caret under the column.
#include <string>

#include "engine/diagnostic.hpp"

namespace app {

// The source line of `where` and a caret line ("   ^"), or "" when the file or line can't be
// read (standard input, a URL, no position).
std::string error_excerpt(const engine::SourceLocation& where);

}  // namespace app
