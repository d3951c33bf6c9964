#pragma once
// Source locations and the one error type that crosses layer boundaries.
// Every user-facing error becomes exactly one line: "file:line:col: error: message".
#include <compare>
#include <stdexcept>
#include <string>

namespace engine {

struct SourceLocation {
    std::string file;  // as the user named it; empty when the input has no file
    int line = 0;      // 1-based; 0 = unknown
    int column = 0;    // 1-based; 0 = unknown

    bool known() const { return !file.empty() || line > 0; }
    // By file, then line, then column: statement order within one file.
    auto operator<=>(const SourceLocation&) const = default;
    // "file:line:col", "file:line", "file" or "" depending on what is known.
    std::string str() const;
};

class Error : public std::runtime_error {
public:
    explicit Error(std::string message);
    Error(SourceLocation where, std::string message);

    const SourceLocation& where() const { return where_; }
    const std::string& message() const { return message_; }

private:
    SourceLocation where_;
    std::string message_;
};

}  // namespace engine
