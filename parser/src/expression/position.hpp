#pragma once
// Line and column of a byte offset inside an expression's text.
#include <string_view>

#include "engine/diagnostic.hpp"

namespace parser::expression {

// 1-based line and column of `offset` in `text`; the file name stays empty.
inline engine::SourceLocation location_in(std::string_view text, std::size_t offset) {
    engine::SourceLocation at;
    at.line = 1;
    at.column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else {
            ++at.column;
        }
    }
    return at;
}

}  // namespace parser::expression
