// Tables, their columns and their constraints: each column and constraint is an object of its
// own (public.users.email), so that a report names exactly what differs.
#include <algorithm>

#include "facts.hpp"

namespace planner::facts {

namespace {

std::string ident_list(const std::vector<engine::Ident>& idents) {
    std::string out;
    for (const auto& i : idents) out += (out.empty() ? "" : ", ") + i.quoted();
    return out;
}

const char* match_sql(engine::MatchType match) {
    return match == engine::MatchType::full ? "MATCH FULL" : match == engine::MatchType::partial ? "MATCH PARTIAL" : "MATCH SIMPLE";
}

}  // namespace

std::vector<engine::Ident> referenced_columns(const engine::Catalog& catalog, const engine::Constraint& fk) {
    if (!fk.references.columns.empty()) return fk.references.columns;
    auto it = catalog.tables.find(fk.references.table);
    if (it != catalog.tables.end())
        for (const auto& c : it->second.constraints)
            if (c.kind == engine::ConstraintKind::primary_key) return c.columns;
    return {};
}

void constraint_facts(const engine::Catalog& catalog, const engine::Constraint& c, ObjectFacts& o) {
    o.fields.reserve(10);
    set(o, "kind", engine::constraint_kind_name(c.kind));
    switch (c.kind) {
    case engine::ConstraintKind::check:
        set(o, "check", expression_key(c.check), "CHECK (" + c.check.text + ")");
        set_flag(o, "no inherit", c.no_inherit);
        break;
    case engine::ConstraintKind::primary_key:
    case engine::ConstraintKind::unique:
        set(o, "columns", ident_list(c.columns));
        set(o, "include", ident_list(c.include));
        set_flag(o, "nulls not distinct", c.nulls_not_distinct);
        set(o, "attached to", c.index_attached_to ? path_of(*c.index_attached_to) : "");
        break;
    case engine::ConstraintKind::foreign_key:
        set(o, "columns", ident_list(c.columns));
        set(o, "references", path_of(c.references.table) + " (" + ident_list(referenced_columns(catalog, c)) + ")");
        set(o, "match", match_sql(c.references.match));
        set(o, "on delete", engine::referential_action_sql(c.references.on_delete));
        set(o, "on update", engine::referential_action_sql(c.references.on_update));
        set(o, "on delete set columns", ident_list(c.references.on_delete_set_columns));
        break;
    case engine::ConstraintKind::exclusion: {
        std::string key, shown;
        for (const auto& e : c.exclusion_elements) {
            key += expression_key(e.element) + " WITH " + e.op + ";";
            shown += (shown.empty() ? "" : ", ") + e.element.text + " WITH " + e.op;
        }
        set(o, "method", c.exclusion_method);
        set(o, "elements", key, shown);
        set(o, "include", ident_list(c.include));
        set_expression(o, "where", c.exclusion_where);
        break;
    }
    }
    set_flag(o, "deferrable", c.deferrable);
    set_flag(o, "initially deferred", c.initially_deferred);
    set_flag(o, "not valid", c.not_valid);
    set_comment(o, c);
}

namespace {

void column_facts(const engine::Column& column, const std::string& schema, ObjectFacts& o) {
    o.fields.reserve(column.identity == engine::IdentityKind::none ? 11 : 18);
    const std::string type = type_text(column.type);
    set(o, "type", type);
    set(o, "collation", column.collation ? column.collation->quoted() : "");
    set_flag(o, "not null", column.not_null || column.identity != engine::IdentityKind::none);
    // DEFAULT NULL is no default. (Both branches lvalues: the conditional copies no expression.)
    static const std::optional<engine::Expression> no_default;
    const bool null_default = column.default_value && is_null_literal(*column.default_value);
    set_expression(o, "default", null_default ? no_default : column.default_value, schema);
    set_expression(o, "generated", column.generated);
    set(o, "identity", column.identity == engine::IdentityKind::always       ? "ALWAYS"
                       : column.identity == engine::IdentityKind::by_default ? "BY DEFAULT"
                                                                              : "");
    if (column.identity != engine::IdentityKind::none) set_sequence_options(o, column.identity_options, type);
    set(o, "storage", column.storage.value_or(""));
    set(o, "compression", column.compression.value_or(""));
    set(o, "statistics", column.statistics ? std::to_string(*column.statistics) : "");
    set(o, "options", options_text(column.options));
    set_comment(o, column);
}

// A partition's columns: its parent's (a partition created with PARTITION OF lists none, and
// PostgreSQL copies type, collation, default and NOT NULL, not identity), with what the partition says itself.
std::vector<engine::Column> effective_columns(const engine::Catalog& catalog, const engine::Table& table, int depth = 0) {
    if (!table.partition_of || depth > 32) return table.columns;
    auto parent = catalog.tables.find(table.partition_of->parent);
    if (parent == catalog.tables.end()) return table.columns;
    std::vector<engine::Column> columns = effective_columns(catalog, parent->second, depth + 1);
    for (auto& c : columns) {
        c.comment.reset();  // comments are not copied
        if (c.identity != engine::IdentityKind::none) {  // nor, before PostgreSQL 17, identity (NOT NULL is)
            c.not_null = true;
            c.identity = engine::IdentityKind::none;
            c.identity_options = {};
        }
    }
    for (const auto& own : table.columns) {
        auto it = std::find_if(columns.begin(), columns.end(), [&](const engine::Column& c) { return c.name == own.name; });
        if (it == columns.end()) {
            columns.push_back(own);
        } else if (own.type.name.empty()) {  // PARTITION OF … (c WITH OPTIONS NOT NULL DEFAULT …)
            it->not_null = it->not_null || own.not_null;
            if (own.default_value) it->default_value = own.default_value;
            it->comment = own.comment;
        } else {
            *it = own;
        }
    }
    return columns;
}

}  // namespace

void collect_tables(const engine::Catalog& catalog, FactSink& sink) {
    static const std::string public_schema = "public";
    for (const auto& [name, table] : catalog.tables) {
        const std::string path = path_of(name);
        ObjectFacts& o = sink.object(4, table.foreign_server ? "foreign table" : "table", path, table.where);
        set_flag(o, "unlogged", table.unlogged);
        set_expression(o, "partition by", table.partition_by);
        set(o, "partition of", table.partition_of ? path_of(table.partition_of->parent) : "");
        if (table.partition_of)
            set(o, "partition bound", partition_bound_key(table.partition_of->bound), table.partition_of->bound.text);
        else
            set(o, "partition bound", "", "");
        std::string inherits;
        for (const auto& p : table.inherits) inherits += (inherits.empty() ? "" : ", ") + path_of(p);
        set(o, "inherits", inherits);
        set(o, "storage parameters", options_text(table.storage_params));
        set_flag(o, "row level security", table.rls_enabled);
        set_flag(o, "forced row level security", table.rls_forced);
        const char* const identities[] = {"default", "full", "nothing", "index"};
        set(o, "replica identity",
            std::string(identities[static_cast<int>(table.replica_identity)]) +
                (table.replica_identity_index ? " " + table.replica_identity_index->quoted() : ""));
        set(o, "cluster on", table.cluster_on ? table.cluster_on->quoted() : "");
        set(o, "server", table.foreign_server ? table.foreign_server->quoted() : "");
        set_comment(o, table);
        const std::string& schema = table.search_path.empty() ? public_schema : table.search_path.front().str();
        auto column_path = [&](const engine::Column& column) {
            std::string out;
            out.reserve(path.size() + column.name.str().size() + 3);
            out.append(path).append(".");
            column.name.append_quoted(out);
            return out;
        };
        if (table.partition_of) {
            for (const auto& column : effective_columns(catalog, table)) {  // copies: their `where` too
                ObjectFacts& c = sink.object_at(5, "column", column_path(column), column.where);
                c.parent_length = path.size();
                column_facts(column, schema, c);
            }
        } else {
            for (const auto& column : table.columns) {
                ObjectFacts& c = sink.object(5, "column", column_path(column), column.where);
                c.parent_length = path.size();
                column_facts(column, schema, c);
            }
        }
        // A partition's CHECK that its parent also has is the parent's (PostgreSQL marks it inherited
        // on ATTACH, whether or not the partition declared it first).
        const engine::Table* parent = nullptr;
        if (table.partition_of) {
            auto it = catalog.tables.find(table.partition_of->parent);
            if (it != catalog.tables.end()) parent = &it->second;
        }
        for (const auto& constraint : table.constraints) {
            if (parent && constraint.kind == engine::ConstraintKind::check) {
                bool inherited = false;
                for (const auto& pc : parent->constraints) inherited = inherited || (pc.kind == constraint.kind && pc.name == constraint.name);
                if (inherited) continue;
            }
            ObjectFacts& c = sink.object(6, "constraint", path + "." + constraint.name.quoted(), constraint.where);
            c.parent_length = path.size();
            constraint_facts(catalog, constraint, c);
        }
    }
}

}  // namespace planner::facts
