#pragma once
// What the server-side probes share (normalize_expressions): each probe runs in a savepoint of
// one transaction that is always rolled back, under the object's search_path; one the server
// refuses leaves the desired object as it was (the difference stays reported).
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "../search_path_text.hpp"
#include "engine/diagnostic.hpp"
#include "engine/model/catalog.hpp"
#include "introspect/connection.hpp"

namespace introspect::probes {

using CatalogSql = std::function<std::string(const engine::Catalog&)>;

template <typename Probe>
void with_savepoint(Connection& connection, const std::vector<engine::Ident>& search_path, Probe probe) {
    connection.execute("SAVEPOINT strata_probe");
    try {
        connection.query("SELECT pg_catalog.set_config('search_path', $1, true)", {search_path_text(search_path)});
        probe();
    } catch (const engine::Error&) {
        // Refused: the difference stays as it was found.
    }
    connection.execute("ROLLBACK TO SAVEPOINT strata_probe");
}

// CREATE TEMP TABLE `probe` with the columns of `table` and their types, nothing else.
void create_bare_table(Connection& connection, const engine::Table& table, const std::string& probe);

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to);

// `text` with the probe's qualified name (in `temp_schema`, or pg_temp) replaced by `name`.
std::string unqualified_probe(const std::string& text, const std::string& temp_schema, const std::string& probe,
                              const std::string& name);

// Indexes among `paths` (public.idx) built on a bare copy of their table and read back with
// pg_get_indexdef: default operator classes dropped, VARIADIC calls written out as stored.
void probe_indexes(Connection& connection, engine::Catalog& desired, const std::set<std::string>& paths,
                   const CatalogSql& catalog_sql, int& probes);

// Rules (kept as statement text), when any differs: created on a bare copy of their table and
// read back with pg_get_ruledef, with the table's name put back.
void probe_rules(Connection& connection, engine::Catalog& desired, int& probes);

}  // namespace introspect::probes
