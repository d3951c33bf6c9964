// A source (DESIGN §2) → a catalog: `empty`, a live database (URL or conninfo), or SQL files.
#include <fmt/core.h>

#include "commands.hpp"
#include "introspect/read_catalog.hpp"
#include "parser/parse.hpp"

namespace app {

bool is_database_source(const std::string& source) {
    return source.rfind("postgres://", 0) == 0 || source.rfind("postgresql://", 0) == 0 ||
           (source.find('=') != std::string::npos && source.find('/') == std::string::npos);
}

LoadedSource load_database(const std::string& target, const RunSettings& settings) {
    LoadedSource loaded;
    introspect::Connection connection(target);
    introspect::ReadOptions options{settings.exclude, settings.schemas};
    introspect::CatalogRead read = introspect::read_catalog(connection, options);
    loaded.catalog = std::move(read.catalog);
    loaded.warnings = std::move(read.warnings);
    loaded.from_database = true;
    loaded.description = connection.describe();
    return loaded;
}

LoadedSource load_source(const std::string& source, const RunSettings& settings) {
    LoadedSource loaded;
    if (source == "empty") return loaded;
    if (is_database_source(source)) return load_database(source, settings);
    parser::ParseResult parsed = parser::parse_sources(parser::read_sql_source(source));
    loaded.catalog = std::move(parsed.catalog);
    loaded.warnings = std::move(parsed.warnings);
    loaded.description = source;
    return loaded;
}

}  // namespace app
