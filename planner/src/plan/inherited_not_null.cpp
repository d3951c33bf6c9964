// SET and DROP NOT NULL on a parent reach every child: PostgreSQL recurses, and refuses ONLY on a
// partitioned table that has partitions. A child's own NOT NULL is set again after its parents'
// steps, or dropped again, where it differs from what those steps left (a partition that keeps
// NOT NULL while its parent drops it).
#include "builder.hpp"

namespace planner::plan_parts {

bool holds_not_null(const engine::Column& column) {
    return column.not_null || column.identity != engine::IdentityKind::none;
}

std::optional<bool> not_null_from_parents(const Builder& b, const engine::Table& table, const engine::Ident& column) {
    for (const auto& parent_name : render::table_parents(table)) {
        const auto to = b.to.tables.find(parent_name);
        const auto from = b.from.tables.find(parent_name);
        if (to == b.to.tables.end() || from == b.from.tables.end() || b.creates.count(keys::table(to->second)))
            continue;
        const engine::Column* now = to->second.find_column(column);
        const engine::Column* before = from->second.find_column(column);
        if (!now || !before) continue;
        const std::optional<bool> reached = not_null_from_parents(b, to->second, column);
        // The parent's own step, if any, runs after its parents' and is the last to reach here.
        if (holds_not_null(*now) != reached.value_or(holds_not_null(*before))) return holds_not_null(*now);
        if (reached) return reached;
    }
    return std::nullopt;
}

void mark_children_not_null(Builder& b) {
    bool any = false;
    for (const auto& [key, fields] : b.in_place)
        any = any || (fields.count("not null") && key.rfind("column:", 0) == 0);
    if (!any) return;
    for (const auto& [name, table] : b.to.tables) {
        if (!table.partition_of && table.inherits.empty()) continue;
        const auto old = b.from.tables.find(name);
        if (old == b.from.tables.end() || b.creates.count(keys::table(table))) continue;
        for (const auto& column : table.columns) {
            if (!old->second.find_column(column.name)) continue;
            const std::optional<bool> reached = not_null_from_parents(b, table, column.name);
            if (reached && *reached != holds_not_null(column))
                b.in_place[keys::column(name, column.name)].insert("not null");
        }
    }
}

}  // namespace planner::plan_parts
