// Parse throughput: reads one SQL file, parses it RUNS times into a model, and prints the best
// and median wall time and MB/s. Usage: strata_bench_parse FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
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

    std::vector<double> seconds;
    std::size_t tables = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        try {
            const auto result = parser::parse_sql(text, path);
            tables = result.catalog.tables.size();
        } catch (const engine::Error& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const double mb = static_cast<double>(text.size()) / 1e6;
    const double median = seconds[seconds.size() / 2];
    std::printf("%s: %.2f MB, %zu tables, %d runs: best %.3f s (%.1f MB/s), median %.3f s (%.1f MB/s)\n",
                path.c_str(), mb, tables, runs, seconds.front(), mb / seconds.front(), median, mb / median);
    return 0;
}
