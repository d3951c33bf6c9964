#include "introspect/read_catalog.hpp"

#include <cstdlib>
#include <iostream>

#include "catalog_script.hpp"
#include "engine/diagnostic.hpp"
#include "object_filter.hpp"
#include "parser/parse.hpp"
#include "readers/reader.hpp"
#include "transaction.hpp"

namespace introspect {

namespace {

constexpr int oldest_supported_server = 120000;

void read_all(ReadContext& context) {
    read_schemas(context);
    read_extensions(context);
    read_collations(context);
    read_foreign_servers(context);
    read_enums(context);
    read_range_types(context);
    read_composite_types(context);
    read_domains(context);
    read_functions(context);
    read_sequences(context);
    read_tables(context);
    read_constraints(context);
    read_indexes(context);
    read_views(context);
    write_body_objects(context);
    // After the functions they are built from.
    read_aggregates(context);
    read_operators(context);
    read_casts(context);
    read_triggers(context);
    read_rules(context);
    read_policies(context);
    read_comments(context);
    read_privileges(context);
    read_dependencies(context);
}

}  // namespace

CatalogRead read_catalog(Connection& connection, const ReadOptions& options) {
    const int version = connection.server_version();
    if (version < oldest_supported_server)
        throw engine::Error("PostgreSQL " + std::to_string(version / 10000) + " is not supported (" +
                            connection.describe() + "); Strata reads servers 12 and newer");
    CatalogRead read;
    const std::size_t queries_before = connection.queries_run();
    CatalogScript script;
    ObjectFilter filter(options.exclude, options.schemas);
    ReadContext context{connection, filter, script, read.warnings, version, {}, {}};
    // One snapshot for every query; an empty search_path makes the deparsers qualify every
    // name outside pg_catalog.
    in_transaction(connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", true, [&] {
        connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
        read_all(context);
    });
    read.queries = connection.queries_run() - queries_before;
    read.script = script.text();
    if (const char* debug = std::getenv("STRATA_DEBUG_INTROSPECT"); debug && std::string(debug) == "1")
        std::cerr << read.script;
    parser::ParseResult parsed = parser::parse_sql(read.script, "database " + connection.database_name());
    read.catalog = std::move(parsed.catalog);
    read.catalog.dependencies = std::move(context.dependencies);
    for (auto& warning : parsed.warnings) read.warnings.push_back(std::move(warning));
    return read;
}

}  // namespace introspect
