// Partitions created under a parent that stays. CREATE TABLE … PARTITION OF clones the parent's
// indexes and keys into the partition, so their own statements (and the ATTACH that pg_dump writes
// for them) are left out. A clone is of the parent's kind, though: a plain index for a plain index.
// Where `to` has the partition's PRIMARY KEY or UNIQUE constraint backing a parent's plain unique
// index (the key existed before the index was made), the partition is made as a table of its own,
// gets its keys, and is then attached, as pg_dump does it: ATTACH PARTITION adopts the matching
// indexes it finds and clones only the others.
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

const engine::Constraint* constraint_named(const engine::Table& table, const engine::Ident& name) {
    for (const auto& c : table.constraints)
        if (c.name == name) return &c;
    return nullptr;
}

}  // namespace

NewPartitions new_partitions(const Builder& b) {
    NewPartitions out;
    auto staying_parent = [&](const engine::Table& partition) -> const engine::Table* {
        if (!partition.partition_of || !b.creates.count(keys::table(partition))) return nullptr;
        const auto parent = b.to.tables.find(partition.partition_of->parent);
        if (parent == b.to.tables.end() || b.creates.count(keys::table(parent->second))) return nullptr;
        return &parent->second;
    };
    auto kept = [&](const std::string& key) { return b.from_index.find(key) && !b.creates.count(key); };
    for (const auto& [name, index] : b.to.indexes) {
        if (!index.attached_to || !kept(keys::index(*index.attached_to))) continue;
        const auto table = b.to.tables.find(index.table);
        if (table != b.to.tables.end() && staying_parent(table->second)) out.cloned.insert(keys::index(name));
    }
    for (const auto& [name, table] : b.to.tables) {
        const engine::Table* parent = staying_parent(table);
        if (!parent || table.foreign_server) continue;
        std::string attach_after;
        for (const auto& c : table.constraints) {
            if (!c.index_attached_to) continue;
            const std::string key = keys::constraint(name, c.name);
            const engine::Constraint* parent_key = constraint_named(*parent, c.index_attached_to->name);
            if (parent_key && kept(keys::constraint(parent->name, parent_key->name))) {
                if (parent_key->kind == c.kind) {
                    out.cloned.insert(key);
                    continue;
                }
            } else if (!kept(keys::index(*c.index_attached_to))) {
                continue;
            }
            // Backs a parent's index of another kind: made here, adopted by ATTACH PARTITION.
            const auto at = b.to_position.find(key);
            if (at == b.to_position.end()) continue;  // keys are ALTERs of their own; never met
            if (attach_after.empty() || at->second > b.to_position.at(attach_after)) attach_after = key;
        }
        if (!attach_after.empty()) out.attached_after[keys::table(table)] = attach_after;
    }
    return out;
}

}  // namespace planner::plan_parts
