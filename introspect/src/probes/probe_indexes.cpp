#include "parser/parse.hpp"
#include "probe.hpp"

namespace introspect::probes {

namespace {

// The probe index as pg_get_indexdef prints it, on a table named `probe` the parser is given.
std::string deparsed_index(Connection& connection, const engine::Table& table, const std::string& table_probe,
                           const std::string& index_probe) {
    connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
    Result def = connection.query(
        "SELECT n.nspname, pg_catalog.pg_get_indexdef(i.oid) FROM pg_catalog.pg_class i "
        "JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace "
        "WHERE i.relnamespace = pg_catalog.pg_my_temp_schema() AND i.relname = $1",
        {index_probe});
    if (def.rows() != 1) throw engine::Error("probe index not found");
    std::string sql = "CREATE TABLE probe (";
    for (std::size_t i = 0; i < table.columns.size(); ++i) sql += (i ? ", " : "") + table.columns[i].name.quoted() + " text";
    return sql + ");\n" + unqualified_probe(def.get(0, 1), def.get(0, 0), table_probe, "probe") + ";\n";
}

}  // namespace

void probe_indexes(Connection& connection, engine::Catalog& desired, const std::set<std::string>& paths,
                   const CatalogSql& catalog_sql, int& probes) {
    for (auto& entry : desired.indexes) {
        engine::Index& index = entry.second;
        if (!paths.count(index.name.quoted())) continue;
        const auto table = desired.tables.find(index.table);
        if (table == desired.tables.end() || table->second.foreign_server) continue;
        const std::string table_probe = "strata_probe_" + std::to_string(++probes);
        const std::string index_probe = table_probe + "_index";
        with_savepoint(connection, index.search_path.empty() ? table->second.search_path : index.search_path, [&] {
            create_bare_table(connection, table->second, table_probe);
            engine::Catalog one;
            engine::Index copy = index;
            copy.name = {engine::Ident("pg_temp"), engine::Ident(index_probe)};
            copy.table = {engine::Ident("pg_temp"), engine::Ident(table_probe)};
            copy.only = false;
            copy.tablespace.reset();
            copy.attached_to.reset();
            copy.comment.reset();
            one.indexes[copy.name] = copy;
            connection.execute(catalog_sql(one));
            const std::string sql = deparsed_index(connection, table->second, table_probe, index_probe);
            const parser::ParseResult parsed = parser::parse_sql(sql, "probe");
            const auto probed = parsed.catalog.indexes.find({engine::Ident("public"), engine::Ident(index_probe)});
            if (probed == parsed.catalog.indexes.end()) return;
            index.elements = probed->second.elements;
            index.predicate = probed->second.predicate;
        });
    }
}

}  // namespace introspect::probes
