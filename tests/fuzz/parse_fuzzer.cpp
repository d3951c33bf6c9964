// libFuzzer target: no input may crash the parser or the canonical renderer, and the parser must
// give the same outcome on one thread and on two (parser::ParseOptions).
// A user error is an engine::Error; anything else escaping (a crash, a sanitizer report, another
// exception type) is a bug that libFuzzer reports. Build with -DSTRATA_FUZZ=ON under clang;
// scripts/fuzz runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "planner/render_catalog.hpp"

namespace {

// The canonical SQL and warnings, or the error.
std::string outcome(const std::string& text, const parser::ParseOptions& options) {
    try {
        const parser::ParseResult parsed = parser::parse_sql(text, "fuzz.sql", options);
        std::string canonical = planner::render_catalog_sql(parsed.catalog);
        if (canonical.empty()) __builtin_trap();  // the renderer always writes its header
        for (const auto& w : parsed.warnings) canonical += "\n" + w;
        return canonical;
    } catch (const engine::Error& e) {
        // A clear, positioned error: the expected outcome for malformed input.
        return std::string("error: ") + e.what();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string one_thread = outcome(text, parser::ParseOptions{static_cast<std::size_t>(-1)});
    if (outcome(text, parser::ParseOptions{0}) != one_thread) __builtin_trap();
    return 0;
}
