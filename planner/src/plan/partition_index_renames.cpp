// A partition's index attached to a parent index that stays cannot be dropped (PostgreSQL: "index
// … requires it"), and needs no re-creation when only its name changes: the desired state's index
// on the same partition, attached to the same parent, takes its place by ALTER INDEX … RENAME.
// Partitioned tables' attached indexes carry the names PostgreSQL made up when the partition came
// (`…_e59bb28_token_idx`), and schema histories rename them.
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

using Slot = std::pair<engine::QualifiedName, engine::QualifiedName>;  // partition, parent index

// Indexes of `keys` attached to a parent index both sides keep, by (partition, parent index).
std::map<Slot, std::vector<const engine::Index*>> attached(const Builder& b, const ObjectIndex& index,
                                                           const std::set<std::string>& keys) {
    std::map<Slot, std::vector<const engine::Index*>> out;
    for (const auto& key : keys) {
        const std::optional<ObjectRef> ref = index.find(key);
        if (!ref || !ref->index || !ref->index->attached_to) continue;
        if (b.drops.count(keys::key("table", ref->index->table.quoted()))) continue;  // re-created whole
        const std::string parent = keys::index(*ref->index->attached_to);
        if (b.drops.count(parent) || b.creates.count(parent) || !b.from_index.find(parent) || !b.to_index.find(parent))
            continue;
        out[{ref->index->table, *ref->index->attached_to}].push_back(ref->index);
    }
    return out;
}

}  // namespace

void rename_attached_partition_indexes(Builder& b) {
    const auto dropped = attached(b, b.from_index, b.drops);
    if (dropped.empty()) return;
    const auto created = attached(b, b.to_index, b.creates);
    for (const auto& [slot, olds] : dropped) {
        const auto news = created.find(slot);
        if (olds.size() != 1 || news == created.end() || news->second.size() != 1) continue;
        const engine::Index& old = *olds.front();
        const engine::Index& renamed = *news->second.front();
        if (old.comment != renamed.comment || b.from.has_relation(renamed.name)) continue;
        b.drops.erase(keys::index(old.name));
        b.creates.erase(keys::index(renamed.name));
        b.pre_drops.push_back(b.step(keys::index(renamed.name),
                                     "ALTER INDEX " + old.name.quoted() + " RENAME TO " + renamed.name.name.quoted(), "alter"));
    }
}

}  // namespace planner::plan_parts
