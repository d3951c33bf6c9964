// A source (DESIGN §2) → a catalog: `empty`, a live database (URL or conninfo), or SQL files.
#include <fmt/core.h>

#include <cctype>
#include <filesystem>

#include "commands.hpp"
#include "introspect/read_catalog.hpp"
#include "parser/parse.hpp"

namespace app {

bool is_database_source(const std::string& source) {
    if (source.rfind("postgres://", 0) == 0 || source.rfind("postgresql://", 0) == 0) return true;
    // A conninfo string starts with a keyword and '=' ("host=/run/postgresql dbname=app"); a file
    // of that name wins.
    std::size_t i = source.find_first_not_of(" \t");
    const std::size_t word = i;
    while (i < source.size() && (std::isalpha(static_cast<unsigned char>(source[i])) || source[i] == '_')) ++i;
    if (i == word || i == std::string::npos) return false;
    while (i < source.size() && (source[i] == ' ' || source[i] == '\t')) ++i;
    if (i >= source.size() || source[i] != '=') return false;
    std::error_code ec;
    return !std::filesystem::exists(source, ec);
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
