// Parse throughput: reads one SQL file, parses it RUNS times into a model, and prints the best
// and median wall time and MB/s. Usage: strata_bench_parse FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: strata_bench_parse FILE [RUNS]\n");
        return 1;
    }
    const std::string path = argv[1];
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "strata_bench_parse: cannot read %s\n", path.c_str());
        return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();

    using Clock = std::chrono::steady_clock;
    const auto since = [](Clock::time_point start) {
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    std::vector<double> seconds;
    std::vector<double> freeing;
    std::size_t tables = 0;
    for (int i = 0; i < runs; ++i) {
        std::optional<parser::ParseResult> result;
        const auto start = Clock::now();
        try {
            result.emplace(parser::parse_sql(text, path));
        } catch (const engine::Error& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
        seconds.push_back(since(start));
        tables = result->catalog.tables.size();
        // Freeing the model is not parsing; it is timed apart.
        const auto free_start = Clock::now();
        result.reset();
        freeing.push_back(since(free_start));
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(freeing.begin(), freeing.end());
    const double mb = static_cast<double>(text.size()) / 1e6;
    const double median = seconds[seconds.size() / 2];
    std::printf(
        "%s: %.2f MB, %zu tables, %d runs: best %.3f s (%.1f MB/s), median %.3f s (%.1f MB/s); "
        "freeing the model afterwards: median %.3f s\n",
        path.c_str(), mb, tables, runs, seconds.front(), mb / seconds.front(), median, mb / median,
        freeing[freeing.size() / 2]);
    return 0;
}
