// libFuzzer target: no input may crash the parser or the canonical renderer.
// A user error is an engine::Error; anything else escaping (a crash, a sanitizer report, another
// exception type) is a bug that libFuzzer reports. Build with -DSTRATA_FUZZ=ON under clang;
// scripts/fuzz runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "planner/render_catalog.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const parser::ParseResult parsed = parser::parse_sql(text, "fuzz.sql");
        const std::string canonical = planner::render_catalog_sql(parsed.catalog);
        if (canonical.empty()) __builtin_trap();  // the renderer always writes its header
    } catch (const engine::Error&) {
        // A clear, positioned error: the expected outcome for malformed input.
    }
    return 0;
}
