// Indexes: partitions' attached indexes first, then the others, then the ATTACH PARTITION
// statements that join them to their parents' indexes.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string element_sql(const engine::IndexElement& e) {
    std::string sql = e.column ? e.column->quoted() : "(" + (e.expression ? expr_sql(*e.expression) : "") + ")";
    if (e.collation) sql += " COLLATE " + e.collation->quoted();
    if (e.opclass) {
        sql += " " + e.opclass->quoted();
        if (!e.opclass_params.empty()) sql += " " + options_sql(e.opclass_params);
    }
    if (e.order == engine::SortOrder::desc) sql += " DESC";
    // Say NULLS only where it differs from the default for the direction.
    const bool desc = e.order == engine::SortOrder::desc;
    if (e.nulls == engine::NullsOrder::first && !desc) sql += " NULLS FIRST";
    if (e.nulls == engine::NullsOrder::last && desc) sql += " NULLS LAST";
    return sql;
}

}  // namespace

bool index_backs_constraint(const engine::Catalog& catalog, const engine::Index& index) {
    auto table = catalog.tables.find(index.table);
    if (table == catalog.tables.end() || index.name.schema != index.table.schema) return false;
    return std::any_of(table->second.constraints.begin(), table->second.constraints.end(), [&](const auto& c) {
        return c.name == index.name.name && !c.using_index &&
               (c.kind == engine::ConstraintKind::primary_key || c.kind == engine::ConstraintKind::unique ||
                c.kind == engine::ConstraintKind::exclusion);
    });
}

std::string index_sql(const engine::Index& index, bool on_only) {
    // The index lives in its table's schema; CREATE INDEX takes an unqualified name.
    std::string sql = std::string("CREATE ") + (index.unique ? "UNIQUE " : "") + "INDEX " + index.name.name.quoted() +
                      " ON " + (on_only ? "ONLY " : "") + index.table.quoted() + " USING " +
                      engine::quote_ident(index.method) + " (";
    for (std::size_t i = 0; i < index.elements.size(); ++i) sql += (i ? ", " : "") + element_sql(index.elements[i]);
    sql += ")";
    if (!index.include.empty()) sql += " INCLUDE (" + ident_list(index.include) + ")";
    if (index.nulls_not_distinct) sql += " NULLS NOT DISTINCT";
    if (!index.with.empty()) sql += " WITH " + options_sql(index.with);
    if (index.tablespace) sql += " TABLESPACE " + index.tablespace->quoted();
    if (index.predicate) sql += " WHERE " + expr_sql(*index.predicate);
    return sql;
}

void render_indexes(const engine::Catalog& catalog, Statements& out) {
    // An index on a partitioned table is made ON ONLY and its partitions' indexes are attached to it
    // afterwards, as pg_dump does: the model holds them all. Not where a partition is a foreign
    // table, which has no index: the parent index would stay invalid, so it is made for the whole
    // tree, and its partitions' attached indexes go first for it to adopt.
    std::set<engine::QualifiedName> foreign_partitions_of;
    for (const auto& [name, table] : catalog.tables)
        if (table.foreign_server && table.partition_of) foreign_partitions_of.insert(table.partition_of->parent);
    struct Ordered {
        std::pair<int, int> order;
        const engine::Index* index;
        bool on_only;
    };
    std::vector<Ordered> indexes;
    for (const auto& [name, index] : catalog.indexes) {
        if (index_backs_constraint(catalog, index)) continue;
        const auto table = catalog.tables.find(index.table);
        const bool known = table != catalog.tables.end();
        const bool on_partition = known && table->second.partition_of;
        const bool partitioned = known && table->second.partition_by;
        const int group = index.attached_to ? 0 : on_partition ? 2 : 1;
        indexes.push_back({{group, -table_depth(catalog, index.table)}, &index,
                           index.only || (partitioned && !foreign_partitions_of.count(index.table))});
    }
    std::stable_sort(indexes.begin(), indexes.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    for (const auto& [order, index, on_only] : indexes) {
        const std::size_t first = out.size();
        out.push_back(Statement::written_later(
            [index = index, on_only = on_only] { return index_sql(*index, on_only); }, index->search_path));
        for (std::size_t i = 0; i < index->elements.size(); ++i)
            if (const auto& target = index->elements[i].statistics)
                out.push_back(fmt::format("ALTER INDEX {} ALTER COLUMN {} SET STATISTICS {}", index->name.quoted(), i + 1,
                                          *target));
        tag_from(out, first, keys::index(index->name));
    }
    // Attaching an index that is already attached is a no-op, so this is always safe.
    for (const auto& [name, index] : catalog.indexes)
        if (index.attached_to) {
            out.push_back("ALTER INDEX " + index.attached_to->quoted() + " ATTACH PARTITION " + name.quoted());
            out.back().object = keys::index(name);
        }
}

}  // namespace planner::render
