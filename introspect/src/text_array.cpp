#include "text_array.hpp"

#include "engine/diagnostic.hpp"

namespace introspect {

std::vector<std::optional<std::string>> parse_text_array(const std::string& text) {
    std::vector<std::optional<std::string>> out;
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        throw engine::Error("internal error: not an array literal: " + text);
    std::size_t i = 1;
    const std::size_t end = text.size() - 1;
    if (i == end) return out;
    while (i <= end) {
        std::string item;
        bool quoted = false;
        if (text[i] == '"') {
            quoted = true;
            for (++i; i < end && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < end) ++i;
                item += text[i];
            }
            ++i;  // closing quote
        } else {
            for (; i < end && text[i] != ','; ++i) item += text[i];
        }
        if (!quoted && item == "NULL")
            out.emplace_back(std::nullopt);
        else
            out.emplace_back(std::move(item));
        ++i;  // the comma, or past the closing brace
    }
    return out;
}

}  // namespace introspect
