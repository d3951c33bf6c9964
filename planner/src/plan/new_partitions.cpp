// Partitions created under a parent that stays. CREATE TABLE … PARTITION OF clones the parent's
// indexes and keys into the partition, so their own statements (and the ATTACH that pg_dump writes
// for them) are left out. A clone is of the parent's kind, though: a plain index for a plain index.
// Where `to` has the partition's PRIMARY KEY or UNIQUE constraint backing a parent's plain unique
// index (the key existed before the index was made), the partition is made as a table of its own,
// gets its keys, and is then attached, as pg_dump does it: ATTACH PARTITION adopts the matching
// indexes it finds and clones only the others.
#include <algorithm>
#include <optional>

#include "builder.hpp"

namespace planner::plan_parts {

namespace {

// The table `partition` is a partition of, in `catalog`; null for a table that is none.
const engine::Table* partition_parent(const engine::Catalog& catalog, const engine::Table& partition) {
    if (!partition.partition_of) return nullptr;
    const auto parent = catalog.tables.find(partition.partition_of->parent);
    return parent == catalog.tables.end() ? nullptr : &parent->second;
}

// `partition` is made alone and attached once its keys in `backing` exist, with those of its own
// partitions (a partitioned key is adopted only when valid: every partition's key attached).
void attach_alone(const Builder& b, const engine::Table& partition, const std::set<std::string>& backing,
                  NewPartitions& out) {
    std::set<std::string> keys = backing;
    for (const auto& [name, table] : b.to.tables) {
        const engine::Table* up = &table;
        for (int depth = 0; depth < 64 && up && up != &partition; ++depth) up = partition_parent(b.to, *up);
        if (up != &partition || &table == &partition) continue;
        for (const auto& c : table.constraints)
            if (c.index_attached_to) keys.insert(keys::constraint(name, c.name));
    }
    std::optional<std::size_t> last;
    for (std::size_t i = 0; i < b.to_statements.size(); ++i) {
        const auto& st = b.to_statements[i];
        if (!keys.count(st.object)) continue;
        if (backing.count(st.object) && st.sql().rfind("ALTER INDEX ", 0) == 0)
            out.adopted.insert(i);
        else
            last = i;
    }
    if (!last) return;  // keys are ALTERs of their own; never met
    out.attached_after[*last].push_back(keys::table(partition));
    out.alone.insert(keys::table(partition));
}

}  // namespace

NewPartitions new_partitions(const Builder& b) {
    NewPartitions out;
    auto created = [&](const engine::Table& table) { return b.creates.count(keys::table(table)) > 0; };
    auto parent_of = [&](const engine::Table& partition) { return partition_parent(b.to, partition); };
    auto staying_parent = [&](const engine::Table& partition) -> const engine::Table* {
        const engine::Table* parent = created(partition) ? parent_of(partition) : nullptr;
        return parent && !created(*parent) ? parent : nullptr;
    };
    // A new partition of a parent that stays, or of such a partition (a sub-partition): it joins
    // a tree that has its indexes.
    auto grafted = [&](const engine::Table& partition) {
        const engine::Table* table = &partition;
        for (int depth = 0; depth < 64 && created(*table); ++depth) {
            table = parent_of(*table);
            if (!table) return false;
        }
        return table != &partition && !created(*table);
    };
    auto kept = [&](const std::string& key) { return b.from_index.find(key) && !b.creates.count(key); };
    auto exists = [&](const std::string& key) { return kept(key) || out.cloned.count(key) > 0; };
    // Parents' indexes first: a sub-partition's index is a clone of a clone.
    std::vector<std::pair<int, const engine::Table*>> tables;
    for (const auto& [name, table] : b.to.tables)
        if (grafted(table)) tables.emplace_back(render::table_depth(b.to, name), &table);
    std::stable_sort(tables.begin(), tables.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::map<engine::QualifiedName, std::vector<const engine::Index*>> indexes_of;
    for (const auto& [name, index] : b.to.indexes)
        if (index.attached_to) indexes_of[index.table].push_back(&index);
    for (const auto& [depth, table] : tables) {
        if (const auto it = indexes_of.find(table->name); it != indexes_of.end())
            for (const engine::Index* index : it->second)
                if (exists(keys::index(*index->attached_to))) out.cloned.insert(keys::index(index->name));
        const engine::Table* parent = parent_of(*table);
        std::set<std::string> backing;  // its keys that back a parent's index of another kind
        for (const auto& c : table->constraints) {
            if (!c.index_attached_to) continue;
            const std::string key = keys::constraint(table->name, c.name);
            const engine::Constraint* parent_key = parent->find_constraint(c.index_attached_to->name);
            if (parent_key && exists(keys::constraint(parent->name, parent_key->name))) {
                if (parent_key->kind == c.kind) {
                    out.cloned.insert(key);
                    continue;
                }
            } else if (!exists(keys::index(*c.index_attached_to))) {
                continue;
            }
            // Backs a parent's index of another kind: made here, adopted by ATTACH PARTITION. Only
            // under a parent that stays, and not for a foreign table (no LIKE).
            if (staying_parent(*table) && !table->foreign_server) backing.insert(key);
        }
        if (!backing.empty()) attach_alone(b, *table, backing, out);
    }
    return out;
}

}  // namespace planner::plan_parts
