// strata inspect SRC [--format sql|json|dot|mermaid]: the canonical form of a source.
#include <fmt/core.h>

#include "commands.hpp"
#include "engine/json.hpp"
#include "exit_code.hpp"
#include "planner/render_catalog.hpp"

namespace app {

int inspect(const Arguments& args, const RunSettings& settings) {
    if (args.positionals.size() != 1) {
        fmt::print(stderr, "strata inspect: expects exactly one SRC\nRun 'strata inspect --help' for usage.\n");
        return exit_error;
    }
    const std::string& source = args.positionals.front();
    const std::string format = args.value("--format").value_or("sql");
    if (format == "dot" || format == "mermaid") {
        fmt::print(stderr, "strata inspect: --format {} is not available yet in this build\n", format);
        return exit_error;
    }
    if (format != "sql" && format != "json") {
        fmt::print(stderr, "strata inspect: unknown --format {} (expected sql, json, dot or mermaid)\n", format);
        return exit_error;
    }
    const LoadedSource loaded = load_source(source, settings);
    for (const auto& w : loaded.warnings) fmt::print(stderr, "{}\n", w);
    fmt::print("{}", format == "json" ? engine::catalog_to_json(loaded.catalog) : planner::render_catalog_sql(loaded.catalog));
    return exit_ok;
}

}  // namespace app
