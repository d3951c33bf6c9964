// libFuzzer target: no input may crash the parser or the canonical renderer, and the parser must
// give the same outcome on one thread and on two (parser::ParseOptions).
// A user error is an engine::Error, a clear, positioned outcome; anything else escaping (a crash,
// a sanitizer report, another exception type) is a bug that libFuzzer reports. Build with
// -DSTRATA_FUZZ=ON under clang; scripts/fuzz runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "parse_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string one_thread =
        test_support::parse_outcome(text, "fuzz.sql", parser::ParseOptions{static_cast<std::size_t>(-1)});
    // The renderer always writes its header, so an outcome never starts with a warning's line.
    if (one_thread.empty() || one_thread.front() == '\n') __builtin_trap();
    if (test_support::parse_outcome(text, "fuzz.sql", parser::ParseOptions{0}) != one_thread) __builtin_trap();
    return 0;
}
