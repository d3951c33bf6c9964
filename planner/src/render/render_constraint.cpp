// Table constraints. Keys come after all tables and before indexes; foreign keys after the
// indexes, because a foreign key may rest on a unique index rather than a constraint.
// Keys are added with ONLY, partitioned tables' too, and the partitions' keys are then attached
// to their parents' by ALTER INDEX … ATTACH PARTITION, as pg_dump writes them.
#include <algorithm>

#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

std::string deferral_sql(const engine::Constraint& c) {
    std::string sql;
    if (c.deferrable) sql += " DEFERRABLE";
    if (c.initially_deferred) sql += " INITIALLY DEFERRED";
    return sql;
}

namespace {

// WITH (…) and USING INDEX TABLESPACE of the index behind a key or exclusion constraint.
std::string index_parameters_sql(const engine::Constraint& c) {
    std::string sql;
    if (!c.include.empty()) sql += " INCLUDE (" + ident_list(c.include) + ")";
    if (!c.index_with.empty()) sql += " WITH " + options_sql(c.index_with);
    if (c.index_tablespace) sql += " USING INDEX TABLESPACE " + c.index_tablespace->quoted();
    return sql;
}

std::string key_sql(const engine::Constraint& c) {
    std::string sql = c.kind == engine::ConstraintKind::primary_key ? "PRIMARY KEY" : "UNIQUE";
    if (c.nulls_not_distinct) sql += " NULLS NOT DISTINCT";
    if (c.using_index) return sql + " USING INDEX " + c.using_index->quoted();
    return sql + " (" + ident_list(c.columns) + ")" + index_parameters_sql(c);
}

std::string exclusion_sql(const engine::Constraint& c) {
    std::string elements;
    for (const auto& e : c.exclusion_elements)
        elements += (elements.empty() ? "" : ", ") + expr_sql(e.element) + " WITH " + e.op;
    std::string sql = "EXCLUDE USING " + engine::quote_ident(c.exclusion_method) + " (" + elements + ")";
    sql += index_parameters_sql(c);
    if (c.exclusion_where) sql += " WHERE (" + expr_sql(*c.exclusion_where) + ")";
    return sql;
}

std::string foreign_key_sql(const engine::Constraint& c) {
    const auto& r = c.references;
    std::string sql = "FOREIGN KEY (" + ident_list(c.columns) + ") REFERENCES " + r.table.quoted();
    if (!r.columns.empty()) sql += "(" + ident_list(r.columns) + ")";
    if (r.match == engine::MatchType::full) sql += " MATCH FULL";
    if (r.match == engine::MatchType::partial) sql += " MATCH PARTIAL";
    if (r.on_update != engine::ReferentialAction::no_action)
        sql += std::string(" ON UPDATE ") + engine::referential_action_sql(r.on_update);
    if (r.on_delete != engine::ReferentialAction::no_action) {
        sql += std::string(" ON DELETE ") + engine::referential_action_sql(r.on_delete);
        if (!r.on_delete_set_columns.empty()) sql += " (" + ident_list(r.on_delete_set_columns) + ")";
    }
    return sql;
}

bool in_phase(const engine::Constraint& c, ConstraintPhase phase) {
    switch (c.kind) {
        case engine::ConstraintKind::primary_key:
            return phase == (c.using_index ? ConstraintPhase::keys_using_index : ConstraintPhase::primary_keys);
        case engine::ConstraintKind::unique:
            return phase == (c.using_index ? ConstraintPhase::keys_using_index : ConstraintPhase::keys);
        case engine::ConstraintKind::exclusion: return phase == ConstraintPhase::keys;
        case engine::ConstraintKind::foreign_key: return phase == ConstraintPhase::references;
        case engine::ConstraintKind::check: return phase == ConstraintPhase::references && c.not_valid;
    }
    return false;
}

}  // namespace

std::string constraint_body_sql(const engine::Constraint& c) {
    std::string sql = c.name.empty() ? "" : "CONSTRAINT " + c.name.quoted() + " ";
    switch (c.kind) {
        case engine::ConstraintKind::primary_key:
        case engine::ConstraintKind::unique: sql += key_sql(c); break;
        case engine::ConstraintKind::exclusion: sql += exclusion_sql(c); break;
        case engine::ConstraintKind::foreign_key: sql += foreign_key_sql(c); break;
        case engine::ConstraintKind::check:
            sql += "CHECK (" + expr_sql(c.check) + ")";
            if (c.no_inherit) sql += " NO INHERIT";
            break;
    }
    sql += deferral_sql(c);
    if (c.not_valid) sql += " NOT VALID";
    return sql;
}

namespace {

std::string add_constraint_sql(const engine::Table& table, const engine::Constraint& constraint) {
    // A NOT VALID check must reach inheritance children, and a foreign key on a partitioned
    // table its partitions, so neither takes ONLY. Keys do, on partitioned tables too: the model
    // holds the partitions' keys, which are attached to the parent's by ALTER INDEX.
    std::string head;
    switch (constraint.kind) {
        case engine::ConstraintKind::check: head = alter_table_sql(table, false); break;
        case engine::ConstraintKind::foreign_key: head = alter_table_sql(table); break;
        default: head = "ALTER TABLE ONLY " + table.name.quoted(); break;
    }
    return head + " ADD " + constraint_body_sql(constraint);
}

}  // namespace

void render_constraints(const engine::Catalog& catalog, ConstraintPhase phase, Statements& out) {
    // Partitions first: a foreign key added to a partitioned parent then adopts a partition's equal
    // one instead of making a second.
    std::vector<std::pair<int, const engine::Table*>> tables;
    for (const auto& [name, table] : catalog.tables) tables.emplace_back(-table_depth(catalog, name), &table);
    std::stable_sort(tables.begin(), tables.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [depth, table] : tables) {
        for (const auto& constraint : table->constraints) {
            if (!in_phase(constraint, phase)) continue;
            out.push_back(Statement::written_later(
                [table = table, c = &constraint] { return add_constraint_sql(*table, *c); }, {}));
            out.back().object = keys::constraint(table->name, constraint.name);
        }
    }
}

void render_constraint_index_attachments(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, table] : catalog.tables)
        for (const auto& c : table.constraints)
            if (c.index_attached_to) {
                out.push_back("ALTER INDEX " + c.index_attached_to->quoted() + " ATTACH PARTITION " +
                              engine::QualifiedName{name.schema, c.name}.quoted());
                out.back().object = keys::constraint(name, c.name);
            }
}

}  // namespace planner::render
