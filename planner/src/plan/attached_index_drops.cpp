// A partition's index or key attached to its parent's index cannot be dropped while that index
// stays: PostgreSQL refuses ("index … requires it") and has no DETACH for an index. A plan that
// would (a partition's UNIQUE key made its PRIMARY KEY, say) is refused here, naming both and the
// way through by hand, rather than failing on apply: for a key that stays attached, detach the
// partition, change the key, and attach the partition again, which adopts it; for one that no
// longer is (`to`'s parent index is then invalid), make the parent's index again with ONLY.
#include <fmt/format.h>

#include "builder.hpp"

namespace planner::plan_parts {

namespace {

// Whether the plan drops `parent_index` (an index, or a key constraint's, of `table`'s parent),
// its table, or any index it is attached to in turn: each takes the partition's index with it.
bool goes_from_above(const Builder& b, const engine::Table& table, engine::QualifiedName parent_index) {
    const engine::Table* child = &table;
    for (int depth = 0; depth < 64 && child->partition_of; ++depth) {
        const auto parent = b.from.tables.find(child->partition_of->parent);
        if (parent == b.from.tables.end()) return false;
        if (b.drops.count(keys::index(parent_index)) || b.drops.count(keys::constraint(parent->first, parent_index.name)) ||
            b.drops.count(keys::table(parent->second)))
            return true;
        std::optional<engine::QualifiedName> next;
        if (const auto index = b.from.indexes.find(parent_index); index != b.from.indexes.end())
            next = index->second.attached_to;
        else if (const auto* key = parent->second.find_constraint(parent_index.name))
            next = key->index_attached_to;
        if (!next) return false;
        parent_index = *next;
        child = &parent->second;
    }
    return false;
}

}  // namespace

void refuse_dropping_attached_indexes(const Builder& b) {
    for (const auto& key : b.drops) {
        const auto ref = b.from_index.find(key);
        if (!ref) continue;
        const engine::Table* partition = ref->table;
        std::optional<engine::QualifiedName> parent_index;
        std::string what;
        if (ref->constraint && ref->constraint->index_attached_to) {
            parent_index = ref->constraint->index_attached_to;
            what = fmt::format("constraint {} on {}", ref->constraint->name.quoted(), partition->name.quoted());
        } else if (ref->index && ref->index->attached_to) {
            parent_index = ref->index->attached_to;
            const auto table = b.from.tables.find(ref->index->table);
            partition = table == b.from.tables.end() ? nullptr : &table->second;
            what = "index " + ref->index->name.quoted();
        }
        if (!parent_index || !partition || !partition->partition_of || b.drops.count(keys::table(*partition)))
            continue;
        if (goes_from_above(b, *partition, *parent_index)) continue;
        const auto again = b.to_index.find(key);
        const bool stays_attached = again && ((again->constraint && again->constraint->index_attached_to) ||
                                              (again->index && again->index->attached_to));
        const engine::SourceLocation where =
            again && again->constraint ? again->constraint->where
            : again && again->index    ? again->index->where
            : ref->constraint          ? ref->constraint->where
                                       : ref->index->where;
        const std::string head = fmt::format("{} is attached to index {}, which stays: ", what, parent_index->quoted());
        if (stays_attached)
            throw engine::Error(where, head + fmt::format("PostgreSQL cannot drop it to create it anew while it is "
                                                          "attached, nor detach it; detach partition {} from {} (ALTER "
                                                          "TABLE … DETACH PARTITION), change it, and attach the "
                                                          "partition again",
                                                          partition->name.quoted(),
                                                          partition->partition_of->parent.quoted()));
        // `to`'s parent index lacks this partition's: it is invalid there, which only an index made
        // on the parent alone (ONLY) and not attached to everywhere is.
        throw engine::Error(where, head + "PostgreSQL cannot detach it, nor drop it while it is attached; make " +
                                       parent_index->quoted() +
                                       " again as well (drop it, create it on the parent alone with ONLY, and attach "
                                       "the indexes that stay attached)");
    }
}

}  // namespace planner::plan_parts
