#include "error_excerpt.hpp"

#include <fstream>

namespace app {

std::string error_excerpt(const engine::SourceLocation& where) {
    if (where.file.empty() || where.line <= 0 || where.column <= 0) return "";
    std::ifstream in(where.file, std::ios::binary);
    if (!in) return "";
    std::string line;
    for (int i = 0; i < where.line; ++i)
        if (!std::getline(in, line)) return "";
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Tabs stay tabs in the caret line so that it lines up in any terminal.
    std::string caret;
    for (int i = 0; i + 1 < where.column && i < static_cast<int>(line.size()); ++i) caret += line[i] == '\t' ? '\t' : ' ';
    return line + "\n" + caret + "^\n";
}

}  // namespace app
