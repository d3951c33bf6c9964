#include "introspect/read_catalog.hpp"

#include <cstdlib>
#include <exception>
#include <optional>
#include <thread>
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

// The readers whose queries take the longest on big schemas (the server deparsing every index and
// constraint), and that write phases or sets of their own: they run on a second connection, in
// the same snapshot, while the others run on the first (as pg_dump -j shares a snapshot).
void read_on_second(ReadContext& context) {
    read_constraints(context);
    read_indexes(context);
    read_triggers(context);
    read_comments(context);
    read_dependencies(context);
}

void read_on_first(ReadContext& context, bool with_second) {
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
    if (!with_second) {
        read_constraints(context);
        read_indexes(context);
    }
    read_views(context);
    write_body_objects(context);
    // After the functions they are built from.
    read_aggregates(context);
    read_operators(context);
    read_casts(context);
    if (!with_second) read_triggers(context);
    read_rules(context);
    read_policies(context);
    if (!with_second) read_comments(context);
    read_privileges(context);
    read_default_privileges(context);
    if (!with_second) read_dependencies(context);
}

constexpr const char* read_only_snapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

// The second connection, in the first one's snapshot; nullopt when the server will not give one
// (too many connections): the first connection then reads everything.
std::optional<Connection> second_connection(Connection& first, const std::string& snapshot) {
    try {
        Connection second = first.sibling();
        second.execute(read_only_snapshot);
        second.execute("SET TRANSACTION SNAPSHOT " + engine::quote_literal(snapshot));
        second.query("SELECT pg_catalog.set_config('search_path', '', true)");
        return second;
    } catch (const engine::Error&) {
        return std::nullopt;
    }
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
    CatalogScript second_script;
    std::vector<std::string> second_warnings;
    std::size_t second_queries = 0;
    // One snapshot for every query; an empty search_path makes the deparsers qualify every
    // name outside pg_catalog.
    in_transaction(connection, read_only_snapshot, true, [&] {
        connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
        const std::string snapshot = connection.query("SELECT pg_catalog.pg_export_snapshot()").get(0, 0);
        std::optional<Connection> second = second_connection(connection, snapshot);
        if (!second) {
            read_on_first(context, false);
            return;
        }
        ReadContext second_context{*second, filter, second_script, second_warnings, version, {}, {}};
        std::exception_ptr second_failure;
        std::thread worker([&] {
            try {
                read_on_second(second_context);
                second->execute("COMMIT");
            } catch (...) {
                second_failure = std::current_exception();
            }
        });
        try {
            read_on_first(context, true);
        } catch (...) {
            worker.join();
            throw;
        }
        worker.join();
        if (second_failure) std::rethrow_exception(second_failure);
        second_queries = second->queries_run();
        context.dependencies = std::move(second_context.dependencies);
    });
    script.append(second_script);
    for (auto& warning : second_warnings) read.warnings.push_back(std::move(warning));
    read.queries = connection.queries_run() - queries_before + second_queries;
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
