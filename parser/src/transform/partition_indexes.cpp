// Indexes and keys of partitioned tables reach the partitions as PostgreSQL gives them.
// CREATE INDEX on a parent, ALTER TABLE parent ADD a key (without ONLY) and ATTACH PARTITION each
// give every partition an equal index or key attached to the parent's: the partition's oldest
// equal one not attached yet is adopted, else a new one is made under the name PostgreSQL's
// ChooseIndexName picks. CREATE TABLE … PARTITION OF makes them all new, before the partition's
// own keys, as DefineRelation clones the parent's indexes first.
#include <algorithm>
#include <variant>

#include "transform/builder.hpp"

namespace parser {

using engine::Constraint;
using engine::ConstraintKind;
using engine::Ident;
using engine::QualifiedName;

namespace {

bool is_unique_key(const Constraint& c) {
    return c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique;
}

// The index behind a primary key or unique constraint, for comparing with other indexes.
engine::Index index_of_key(const Constraint& c) {
    engine::Index index;
    index.unique = true;
    index.nulls_not_distinct = c.nulls_not_distinct;
    index.include = c.include;
    for (const auto& column : c.columns) index.elements.push_back({.column = column});
    return index;
}

// The partition's oldest unattached key whose index equals `wanted`.
Constraint* oldest_equal_key(engine::Table& partition, const engine::Index& wanted) {
    Constraint* first = nullptr;
    for (auto& c : partition.constraints)
        if (is_unique_key(c) && !c.index_attached_to && engine::same_index_definition(index_of_key(c), wanted) &&
            (!first || c.where < first->where))
            first = &c;
    return first;
}

}  // namespace

std::vector<QualifiedName> Builder::partitions_of(const QualifiedName& parent) const {
    std::vector<QualifiedName> partitions;
    for (const auto& [name, table] : catalog.tables)
        if (table.partition_of && table.partition_of->parent == parent) partitions.push_back(name);
    return partitions;
}

void Builder::index_partition(const QualifiedName& parent_name, engine::Table& partition, bool adopt) {
    const engine::Index& parent = catalog.indexes.at(parent_name);  // map entries stay put on insert
    if (adopt) {
        // The candidates: the partition's unattached indexes, and those behind its keys.
        engine::Index* first = nullptr;
        for (auto& [index_name, index] : catalog.indexes)
            if (index.table == partition.name && !index.attached_to && engine::same_index_definition(index, parent) &&
                (!first || index.where < first->where))
                first = &index;
        Constraint* first_key = oldest_equal_key(partition, parent);
        if (first_key && (!first || first_key->where < first->where)) {
            first_key->index_attached_to = parent_name;
            return;
        }
        if (first) {
            first->attached_to = parent_name;
            return;
        }
    }
    engine::Index child = parent;
    child.renamed_from.reset();
    child.table = partition.name;
    child.name = {partition.name.schema, Ident(choose_relation_name(partition.name.name.str(),
                                                                    index_columns_part(parent), "idx",
                                                                    partition.name.schema))};
    child.name_was_implicit = true;
    child.attached_to = parent_name;
    child.only = false;
    child.comment.reset();
    const QualifiedName child_name = child.name;
    catalog.indexes[child_name] = std::move(child);
    for (const auto& sub_partition : partitions_of(partition.name))
        index_partition(child_name, catalog.tables.at(sub_partition), true);
}

void Builder::key_partition(const engine::Table& parent_table, const Constraint& parent, engine::Table& partition,
                            bool adopt) {
    if (!is_unique_key(parent) || partition.foreign_server) return;
    const QualifiedName parent_index{parent_table.name.schema, parent.name};
    if (parent.kind == ConstraintKind::primary_key)  // the key's NOT NULL reaches the partitions too
        for (const auto& column : parent.columns)
            if (engine::Column* c = partition.find_column(column)) c->not_null = true;
    if (adopt) {
        if (Constraint* existing = oldest_equal_key(partition, index_of_key(parent))) {
            existing->index_attached_to = parent_index;
            return;
        }
    }
    Constraint child = parent;
    child.renamed_from.reset();
    const bool primary = parent.kind == ConstraintKind::primary_key;
    child.name = Ident(choose_relation_name(partition.name.name.str(),
                                            primary ? "" : key_name_part(parent.columns, parent.include),
                                            primary ? "pkey" : "key", partition.name.schema));
    child.name_was_implicit = true;
    child.index_attached_to = parent_index;
    child.using_index.reset();
    child.comment.reset();
    remember_constraint_index({partition.name.schema, child.name}, partition.name);
    remember_constraint(partition.name.schema, child.name);
    partition.constraints.push_back(child);
    for (const auto& sub_partition : partitions_of(partition.name))
        key_partition(partition, child, catalog.tables.at(sub_partition), true);
}

void Builder::take_parent_indexes(engine::Table& partition, bool adopt) {
    if (!partition.partition_of || partition.foreign_server) return;
    const QualifiedName& parent_name = partition.partition_of->parent;
    const engine::Table& parent = catalog.tables.at(parent_name);
    // The parent's indexes (ON ONLY ones too) and keys in the order they were made, as PostgreSQL
    // walks them by OID.
    std::vector<std::pair<engine::SourceLocation, std::variant<QualifiedName, const Constraint*>>> items;
    for (const auto& [name, index] : catalog.indexes)
        if (index.table == parent_name) items.push_back({index.where, name});
    for (const auto& c : parent.constraints)
        if (is_unique_key(c)) items.push_back({c.where, &c});
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [where, item] : items) {
        if (const auto* index = std::get_if<QualifiedName>(&item)) index_partition(*index, partition, adopt);
        else key_partition(parent, *std::get<const Constraint*>(item), partition, adopt);
    }
}

void Builder::drop_attached(const QualifiedName& parent_index) {
    std::vector<QualifiedName> gone;
    for (auto& [table_name, table] : catalog.tables) {
        const Ident& schema = table_name.schema;
        std::erase_if(table.constraints, [&](const Constraint& c) {
            if (c.index_attached_to != parent_index) return false;
            gone.push_back({schema, c.name});
            return true;
        });
    }
    for (const auto& [name, index] : catalog.indexes)
        if (index.attached_to == parent_index) gone.push_back(name);
    for (const auto& name : gone) {
        forget_constraint(name.schema, name.name);
        forget_constraint_index(name);
        catalog.indexes.erase(name);
        drop_attached(name);
    }
}

}  // namespace parser
