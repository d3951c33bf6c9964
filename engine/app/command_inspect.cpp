// strata inspect SRC [--format sql|json|dot|mermaid]: the canonical form of a source.
#include <fmt/core.h>

#include "commands.hpp"
#include "engine/json.hpp"
#include "exit_code.hpp"
#include "parser/parse.hpp"
#include "planner/render_catalog.hpp"

namespace app {

int inspect(const Arguments& args, const RunSettings&) {
    if (args.positionals.size() != 1) {
        fmt::print(stderr, "strata inspect: expects exactly one SRC\nRun 'strata inspect --help' for usage.\n");
        return exit_error;
    }
    const std::string& source = args.positionals.front();
    if (is_database_source(source)) {
        fmt::print(stderr, "strata inspect: reading a live database is not available yet in this build\n");
        return exit_error;
    }
    const std::string format = args.value("--format").value_or("sql");
    if (format == "dot" || format == "mermaid") {
        fmt::print(stderr, "strata inspect: --format {} is not available yet in this build\n", format);
        return exit_error;
    }
    parser::ParseResult parsed = source == "empty" ? parser::ParseResult{} : parser::parse_sources(parser::read_sql_source(source));
    for (const auto& w : parsed.warnings) fmt::print(stderr, "{}\n", w);
    fmt::print("{}", format == "json" ? engine::catalog_to_json(parsed.catalog) : planner::render_catalog_sql(parsed.catalog));
    return exit_ok;
}

bool is_database_source(const std::string& source) {
    return source.rfind("postgres://", 0) == 0 || source.rfind("postgresql://", 0) == 0 ||
           (source.find('=') != std::string::npos && source.find('/') == std::string::npos);
}

}  // namespace app
