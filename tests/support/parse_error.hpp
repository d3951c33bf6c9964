#pragma once
// What parsing SQL gives, as text for tests to compare. Header-only: the fuzz target uses it too.
#include <string>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "planner/render_catalog.hpp"

namespace test_support {

// The one error parsing `sql` raises, as printed ("file:line:col: error: …"), or "no error".
inline std::string parse_error_of(const std::string& sql, const std::string& file,
                                  const parser::ParseOptions& options = {}) {
    try {
        parser::parse_sql(sql, file, options);
    } catch (const engine::Error& e) {
        return e.what();
    }
    return "no error";
}

// The canonical SQL, then each warning on a line of its own; or "error: " and the error.
inline std::string parse_outcome(const std::string& sql, const std::string& file,
                                 const parser::ParseOptions& options) {
    try {
        const auto parsed = parser::parse_sql(sql, file, options);
        std::string out = planner::render_catalog_sql(parsed.catalog);
        for (const auto& w : parsed.warnings) out += "\n" + w;
        return out;
    } catch (const engine::Error& e) {
        return std::string("error: ") + e.what();
    }
}

}  // namespace test_support
