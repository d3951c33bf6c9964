// CREATE TABLE, with CHECK constraints inline; keys and foreign keys come later as ALTERs so
// that circular references load. Parents are created before inheriting and partition tables.
#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

namespace {

bool check_is_inherited(const engine::Catalog& catalog, const engine::Table& table, const engine::Constraint& check) {
    for (const auto& parent : table_parents(table)) {
        auto it = catalog.tables.find(parent);
        if (it == catalog.tables.end()) continue;
        for (const auto& c : it->second.constraints)
            // A partition made while its parent's check was NOT VALID holds a validated copy of its own.
            if (c.kind == engine::ConstraintKind::check && c.name == check.name && !c.no_inherit && !c.not_valid)
                return true;
    }
    return false;
}

std::string foreign_options_sql(const engine::Table& table) {
    std::string sql;
    for (const auto& [key, value] : table.foreign_options)
        sql += (sql.empty() ? "" : ", ") + engine::quote_ident(key) + " " + engine::quote_literal(value);
    return sql.empty() ? "" : " OPTIONS (" + sql + ")";
}

// `alone`: a partition made as a table of its own, to be attached (partition_alone_sql).
std::string table_sql(const engine::Catalog& catalog, const engine::Table& table, bool alone = false) {
    const bool partition_of = table.partition_of && !alone;
    std::vector<std::string> elements;
    // What CREATE TABLE … PARTITION OF takes from the parent: columns in its order, NOT NULL,
    // defaults, generation expressions, CHECK constraints, storage and compression.
    if (table.partition_of && alone)
        elements.push_back("LIKE " + table.partition_of->parent.quoted() +
                           " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE"
                           " INCLUDING COMPRESSION");
    for (const auto& column : table.columns)
        if (!column_is_inherited(catalog, table, column)) elements.push_back(column_sql(column));
    for (const auto& constraint : table.constraints) {
        // NOT VALID checks can only be added by ALTER TABLE (render_constraint.cpp).
        if (constraint.kind != engine::ConstraintKind::check || constraint.not_valid) continue;
        if (check_is_inherited(catalog, table, constraint)) continue;
        elements.push_back(constraint_body_sql(constraint));
    }
    std::string sql = "CREATE ";
    if (table.foreign_server) sql += "FOREIGN ";
    if (table.unlogged) sql += "UNLOGGED ";
    sql += "TABLE " + table.name.quoted();
    if (partition_of) sql += " PARTITION OF " + table.partition_of->parent.quoted();
    std::string body;
    for (const auto& element : elements) body += (body.empty() ? "\n    " : ",\n    ") + element;
    // A partition takes its columns from the parent: list only what is its own.
    if (!partition_of || !body.empty()) sql += " (" + body + "\n)";
    if (partition_of) sql += "\n" + expr_sql(table.partition_of->bound);
    if (!table.inherits.empty()) {
        std::string parents;
        for (const auto& parent : table.inherits) parents += (parents.empty() ? "" : ", ") + parent.quoted();
        sql += "\nINHERITS (" + parents + ")";
    }
    if (table.partition_by) sql += "\nPARTITION BY " + expr_sql(*table.partition_by);
    if (table.access_method) sql += "\nUSING " + engine::quote_ident(*table.access_method);
    if (!table.storage_params.empty()) sql += "\nWITH " + options_sql(table.storage_params);
    if (table.tablespace) sql += "\nTABLESPACE " + table.tablespace->quoted();
    if (table.foreign_server) sql += "\nSERVER " + table.foreign_server->quoted() + foreign_options_sql(table);
    return sql;
}

}  // namespace

std::string partition_alone_sql(const engine::Catalog& catalog, const engine::Table& partition) {
    return table_sql(catalog, partition, true);
}

std::string attach_partition_sql(const engine::Table& partition) {
    return "ALTER TABLE ONLY " + partition.partition_of->parent.quoted() + " ATTACH PARTITION " +
           partition.name.quoted() + " " + expr_sql(partition.partition_of->bound);
}

void render_tables(const engine::Catalog& catalog, Statements& out) {
    for (const auto* table : tables_parents_first(catalog)) {
        const std::size_t first = out.size();
        out.push_back(
            Statement::written_later([&catalog, table] { return table_sql(catalog, *table); }, table->search_path));
        render_column_alters(catalog, *table, out);
        tag_from(out, first, keys::table(*table));
    }
}

void render_table_settings(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, table] : catalog.tables) {
        const std::size_t first = out.size();
        const std::string alter = alter_table_sql(table);
        switch (table.replica_identity) {
            case engine::ReplicaIdentity::default_: break;
            case engine::ReplicaIdentity::full: out.push_back(alter + " REPLICA IDENTITY FULL"); break;
            case engine::ReplicaIdentity::nothing: out.push_back(alter + " REPLICA IDENTITY NOTHING"); break;
            case engine::ReplicaIdentity::index:
                if (table.replica_identity_index)
                    out.push_back(alter + " REPLICA IDENTITY USING INDEX " + table.replica_identity_index->quoted());
                break;
        }
        if (table.cluster_on) out.push_back(alter + " CLUSTER ON " + table.cluster_on->quoted());
        tag_from(out, first, keys::table(table));
    }
}

}  // namespace planner::render
