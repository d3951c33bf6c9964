// strata_bench_introspect URL [RUNS]: times read_catalog (catalog queries, script assembly and
// parsing into the model) on a live database. Prints best and median seconds and the number of
// catalog queries. scripts/bench runs it next to pg_dump --schema-only on the same database.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "introspect/connection.hpp"
#include "introspect/read_catalog.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: strata_bench_introspect URL [RUNS]\n");
        return 1;
    }
    const int runs = argc > 2 ? std::max(1, std::stoi(argv[2])) : 5;
    try {
        std::vector<double> seconds;
        std::size_t tables = 0, queries = 0;
        for (int i = 0; i < runs; ++i) {
            const auto start = std::chrono::steady_clock::now();
            introspect::Connection connection(argv[1]);
            const introspect::CatalogRead read = introspect::read_catalog(connection);
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            tables = read.catalog.tables.size();
            queries = read.queries;
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("introspect: %zu tables, %zu catalog queries, best %.3f s, median %.3f s (%d runs, connect included)\n",
                    tables, queries, seconds.front(), seconds[seconds.size() / 2], runs);
    } catch (const engine::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
