#include "engine/diagnostic.hpp"

namespace engine {

std::string SourceLocation::str() const {
    std::string out = file;
    if (line > 0) {
        out += (out.empty() ? "" : ":") + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
    }
    return out;
}

namespace {
std::string one_line(const SourceLocation& where, const std::string& message) {
    std::string prefix = where.str();
    return prefix.empty() ? "error: " + message : prefix + ": error: " + message;
}
}  // namespace

Error::Error(std::string message) : Error(SourceLocation{}, std::move(message)) {}

Error::Error(SourceLocation where, std::string message)
    : std::runtime_error(one_line(where, message)), where_(std::move(where)), message_(std::move(message)) {}

}  // namespace engine
