#pragma once
// The one error parsing `sql` raises, as printed ("file:line:col: error: …"), or "no error".
#include <string>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"

namespace test_support {

inline std::string parse_error_of(const std::string& sql, const std::string& file,
                                  const parser::ParseOptions& options = {}) {
    try {
        parser::parse_sql(sql, file, options);
    } catch (const engine::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace test_support
