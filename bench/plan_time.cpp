// Plan time: parses two schema files once, then times RUNS rounds of what `strata plan` adds on
// top of reading the two states: the diff, the ordering, and rendering the SQL script. EDITS
// files are read after TO.sql as one input (a modified copy of TO.sql: bench/gitlab_edits.sql).
// Usage: strata_bench_plan FROM.sql TO.sql [RUNS [EDITS.sql...]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "parser/source_files.hpp"
#include "planner/diff.hpp"
#include "planner/plan.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: strata_bench_plan FROM.sql TO.sql [RUNS [EDITS.sql...]]\n");
        return 1;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 7;
    try {
        const auto from = parser::parse_sources(parser::read_sql_source(argv[1])).catalog;
        auto to_sources = parser::read_sql_source(argv[2]);
        std::string to_name = argv[2];
        for (int i = 4; i < argc; ++i) {
            for (auto& source : parser::read_sql_source(argv[i])) to_sources.push_back(std::move(source));
            to_name += std::string(" + ") + argv[i];
        }
        const auto to = parser::parse_sources(to_sources).catalog;
        std::vector<double> seconds, diff_s, order_s, render_s;
        std::size_t changes = 0, steps = 0, bytes = 0;
        for (int i = 0; i < runs; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const planner::ChangeSet diff = planner::diff(from, to);
            const auto diffed = std::chrono::steady_clock::now();
            const planner::Plan plan = planner::plan(from, to, diff, {});
            const auto ordered = std::chrono::steady_clock::now();
            const std::string sql = planner::plan_sql(plan, true);
            const auto end = std::chrono::steady_clock::now();
            seconds.push_back(std::chrono::duration<double>(end - start).count());
            diff_s.push_back(std::chrono::duration<double>(diffed - start).count());
            order_s.push_back(std::chrono::duration<double>(ordered - diffed).count());
            render_s.push_back(std::chrono::duration<double>(end - ordered).count());
            changes = diff.changes.size();
            steps = plan.step_count();
            bytes = sql.size();
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("plan %s -> %s: %zu tables -> %zu tables, %zu changes, %zu steps, %zu bytes of SQL; %d runs: best %.3f s, median %.3f s\n",
                    argv[1], to_name.c_str(), from.tables.size(), to.tables.size(), changes, steps, bytes, runs, seconds.front(),
                    seconds[seconds.size() / 2]);
        for (auto* v : {&diff_s, &order_s, &render_s}) std::sort(v->begin(), v->end());
        std::printf("  best of each part: diff %.3f s, plan (classify, dependents, order) %.3f s, script %.3f s\n",
                    diff_s.front(), order_s.front(), render_s.front());
    } catch (const engine::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
