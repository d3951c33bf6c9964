// The order: enum values first (committed, so the rest may use them); then the drops, in the
// reverse of `from`'s creation order; then creations, replacements and alterations in `to`'s
// creation order; comments that go away last.
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "drop_sql.hpp"
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

std::string table_key_of(const engine::Catalog& catalog, const engine::QualifiedName& name) {
    auto it = catalog.tables.find(name);
    return it == catalog.tables.end() ? "" : keys::table(it->second);
}

bool dropped_relation(const Builder& b, const engine::QualifiedName& name) {
    for (const char* kind : {"table", "view", "materialized view", "foreign table"})
        if (b.drops.count(keys::key(kind, name.quoted()))) return true;
    return false;
}

// A parent's column that a child keeps in `to` is dropped from the parent alone (ONLY): the
// child's copy then stays, as its own.
bool child_keeps_column(const Builder& b, const engine::Table& parent, const engine::Ident& column) {
    for (const auto& [name, table] : b.to.tables) {
        const auto parents = render::table_parents(table);
        if (std::find(parents.begin(), parents.end(), parent.name) == parents.end()) continue;
        if (table.find_column(column) && !render::column_is_inherited(b.to, table, *table.find_column(column))) return true;
    }
    return false;
}

// Referenced by others rather than referring: dropped after the alterations that stop using them
// (a column leaving a collation or a type, a function body that stops calling it), unless they
// are re-created. A function whose users pg_depend named and the plan re-creates is dropped with
// the others: before they come back, so that they bind to its replacement, not to it.
bool dropped_last(const Builder& b, const std::string& key, const std::string& kind) {
    if (kind == "function" || kind == "procedure") return !b.users_recreated.count(key);
    return kind == "type" || kind == "domain" || kind == "sequence" || kind == "schema" || kind == "extension" ||
           kind == "collation" || kind == "raw";
}

// Dropped with something else that is dropped: a table's parts, an owned sequence, a partition.
bool goes_with_another(const Builder& b, const std::string& key, const ObjectRef& ref) {
    auto dropped = [&](const std::string& k) { return !k.empty() && b.drops.count(k) > 0; };
    if (ref.column || ref.constraint) {
        if (dropped(keys::table(*ref.table))) return true;
        // A partition's key constraint attached to its parent's key or partitioned index goes with
        // it (the index is dropped CASCADE: neither can go alone).
        if (ref.constraint && ref.constraint->index_attached_to) {
            const engine::QualifiedName& parent_index = *ref.constraint->index_attached_to;
            if (dropped(keys::index(parent_index))) return true;
            for (const auto& parent : render::table_parents(*ref.table))
                if (parent.schema == parent_index.schema && dropped(keys::constraint(parent, parent_index.name))) return true;
        }
        // An inherited column goes with its parent's (and cannot be dropped alone).
        if (ref.column)
            for (const auto& parent : render::table_parents(*ref.table))
                if (dropped(keys::column(parent, ref.column->name))) return true;
        return false;
    }
    if (ref.index)
        return dropped_relation(b, ref.index->table) ||
               (ref.index->attached_to && dropped(keys::index(*ref.index->attached_to)));
    if (ref.trigger) return dropped_relation(b, ref.trigger->table);
    if (ref.policy) return dropped_relation(b, ref.policy->table);
    if (ref.sequence && ref.sequence->owned_by)
        return dropped(table_key_of(b.from, ref.sequence->owned_by->table)) ||
               dropped(keys::column(ref.sequence->owned_by->table, ref.sequence->owned_by->column));
    if (ref.table && ref.table->partition_of) return dropped(table_key_of(b.from, ref.table->partition_of->parent));
    (void)key;
    return false;
}

// A foreign key of a dropped table that must go before its table does: it references another
// dropped table that would be dropped first (a cycle, or tables created in that order), and then
// goes just before that table; or it references a kept table that loses a key, and then goes
// before every drop. Returns the drop position it takes.
std::optional<std::size_t> foreign_key_dropped_first(const Builder& b, const ObjectRef& ref) {
    if (!ref.constraint || ref.constraint->kind != engine::ConstraintKind::foreign_key) return std::nullopt;
    const auto target = b.from.tables.find(ref.constraint->references.table);
    if (target == b.from.tables.end() || &target->second == ref.table) return std::nullopt;
    const std::string own = keys::table(*ref.table);
    const std::string referenced = keys::table(target->second);
    if (!b.drops.count(own)) return std::nullopt;
    if (!b.drops.count(referenced)) {
        // The referenced table stays but loses a key the foreign key may rest on: before any drop.
        for (const auto& c : target->second.constraints)
            if ((c.kind == engine::ConstraintKind::primary_key || c.kind == engine::ConstraintKind::unique) &&
                b.drops.count(keys::constraint(target->second.name, c.name)))
                return std::numeric_limits<std::size_t>::max();
        return std::nullopt;
    }
    const auto own_at = b.from_position.find(own);
    const auto referenced_at = b.from_position.find(referenced);
    if (own_at == b.from_position.end() || referenced_at == b.from_position.end()) return std::nullopt;
    if (own_at->second > referenced_at->second) return std::nullopt;  // dropped first anyway
    return referenced_at->second;
}

// What is created: the objects themselves, and the columns and constraints of tables created
// whole (their statements come with the table's).
std::unordered_set<std::string> created_with_tables(const Builder& b) {
    std::unordered_set<std::string> created(b.creates.begin(), b.creates.end());
    for (const auto& key : b.creates) {
        const std::optional<ObjectRef> ref = b.to_index.find(key);
        if (!ref || !ref->table || ref->column || ref->constraint) continue;
        for (const auto& column : ref->table->columns) created.insert(keys::column(ref->table->name, column.name));
        for (const auto& c : ref->table->constraints) created.insert(keys::constraint(ref->table->name, c.name));
    }
    return created;
}

// A column ALTER TABLE … ADD COLUMN adds: its comment comes with it.
bool added_column(const Builder& b, const std::string& key) {
    const auto it = b.in_place.find(key);
    return it != b.in_place.end() && it->second.count("added") > 0;
}

int drop_rank(const std::string& kind) {
    if (kind == "constraint") return 0;
    if (kind == "column") return 1;
    return 2;
}

// Locks a step holds until its transaction ends, roughly: a table brings its TOAST table and
// index and its row type, and dropping one locks its indexes too; other steps lock their object
// and what it sits on. (GitLab's schema, created in one transaction, takes 27,381 locks in
// about 12,000 statements.)
// `indexes`: how many indexes each table of `from` has.
std::size_t lock_weight(const Step& step, const std::map<std::string, std::size_t>& indexes) {
    const std::string& kind = step.object_kind;
    if (kind != "table" && kind != "materialized view") return 2;
    const auto it = step.action == "drop" ? indexes.find(step.object) : indexes.end();
    return 4 + (it == indexes.end() ? 0 : it->second);
}

std::string replaced(std::string sql) {
    for (const char* kind : {"CREATE FUNCTION ", "CREATE PROCEDURE "})
        if (sql.rfind(kind, 0) == 0) return "CREATE OR REPLACE " + sql.substr(7);
    return sql;
}

}  // namespace

Plan emit(Builder& b) {
    Plan plan;
    std::vector<Step> main = std::move(b.pre_drops);

    struct Drop {
        std::size_t position;
        int rank;
        std::string key;
        std::string sql;
    };
    // Triggers, policies and indexes of a dropped relation go with it; those `to` keeps come back.
    for (const auto& [key, trigger] : b.from.triggers)
        if (dropped_relation(b, key.table)) b.drops.insert(keys::trigger(key.table, key.name));
    for (const auto& [key, policy] : b.from.policies)
        if (dropped_relation(b, key.table)) b.drops.insert(keys::policy(key.table, key.name));
    for (const auto& [name, index] : b.from.indexes)
        if (dropped_relation(b, index.table)) b.drops.insert(keys::index(name));

    std::vector<Drop> drops;
    std::vector<Drop> last_drops;
    // A partitioned index that partitions' keys are attached to is dropped CASCADE (the keys come
    // back with the plan, dependents.cpp).
    const auto holding_keys = partition_keys_by_index(b.from);
    for (const auto& key : b.drops) {
        const std::optional<ObjectRef> ref = b.from_index.find(key);
        if (!ref) continue;
        if (const auto position = foreign_key_dropped_first(b, *ref)) {
            if (const auto sql = drop_sql(*ref)) drops.push_back({*position, drop_rank("constraint"), key, *sql});
            continue;
        }
        if (goes_with_another(b, key, *ref)) {
            if (b.to_index.find(key)) b.creates.insert(key);  // a trigger on a re-created view comes back
            continue;
        }
        auto sql = drop_sql(*ref);
        if (sql && ref->index && holding_keys.count(key)) *sql += " CASCADE";
        if (sql && ref->column && child_keeps_column(b, *ref->table, ref->column->name))
            sql = render::alter_table_sql(*ref->table, true) + " DROP COLUMN " + ref->column->name.quoted();
        if (!sql) {
            b.notes.push_back(key + ": not dropped (no DROP statement for it)");
            continue;
        }
        std::size_t position = std::numeric_limits<std::size_t>::max();
        std::string anchor = key;
        if (ref->column || ref->constraint) anchor = keys::table(*ref->table);
        // A comment is no place: a column whose first statement is its comment (near the end of
        // the script) goes at its table's place, after the indexes that use it.
        if (auto it = b.from_position.find(key);
            it != b.from_position.end() && b.from_statements[it->second].comment_on.empty())
            position = it->second;
        else if (auto at = b.from_position.find(anchor); at != b.from_position.end()) position = at->second;
        const std::string kind = split_key(key).first;
        (dropped_last(b, key, kind) && !b.creates.count(key) ? last_drops : drops).push_back({position, drop_rank(kind), key, *sql});
    }
    auto reverse_creation_order = [](const Drop& x, const Drop& y) {
        if (x.position != y.position) return x.position > y.position;
        if (x.rank != y.rank) return x.rank < y.rank;
        return x.key < y.key;
    };
    std::sort(drops.begin(), drops.end(), reverse_creation_order);
    std::sort(last_drops.begin(), last_drops.end(), reverse_creation_order);
    for (const auto& d : drops) main.push_back(b.step(d.key, d.sql, "drop"));

    const NewPartitions partitions = new_partitions(b);
    auto attach_before = [&, next = partitions.attached_after.begin()](std::size_t statement) mutable {
        for (; next != partitions.attached_after.end() && next->first < statement; ++next)
            for (const auto& table : next->second)
                main.push_back(b.step(table, render::attach_partition_sql(*b.to_index.find(table)->table), "alter"));
    };
    const std::unordered_set<std::string> created_keys = created_with_tables(b);
    std::set<std::string> anchored_done;
    std::set<std::string> commented;
    for (std::size_t i = 0; i < b.to_statements.size(); ++i) {
        const auto& st = b.to_statements[i];
        const std::string& key = st.object;
        attach_before(i);
        if (partitions.cloned.count(key) || partitions.adopted.count(i)) continue;
        const bool first = b.to_position[key] == i;
        const bool created = created_keys.count(key) > 0;
        auto take_anchored = [&] {
            if (!first) return;
            auto it = b.anchored.find(key);
            if (it == b.anchored.end()) return;
            for (auto& s : it->second) main.push_back(std::move(s));
            anchored_done.insert(key);
        };
        if (!created) take_anchored();
        if (created && first && partitions.alone.count(key)) {
            main.push_back(b.step(key, render::partition_alone_sql(b.to, *b.to_index.find(key)->table), "create",
                                  st.search_path));
        } else if (created) {
            main.push_back(b.step(key, st.sql(), "create", st.search_path));
        } else if (b.replaces.count(key) && st.comment_on.empty()) {
            main.push_back(b.step(key, replaced(st.sql()), "replace", st.search_path));
        } else if (!st.comment_on.empty() && (b.comments.count(key) || added_column(b, key))) {
            main.push_back(b.step(key, st.sql(), "alter"));
            commented.insert(key);
        }
        if (created) take_anchored();
    }
    attach_before(b.to_statements.size());
    for (auto& [key, steps] : b.anchored)
        if (!anchored_done.count(key))
            for (auto& s : steps) main.push_back(std::move(s));
    for (auto& s : b.post_steps) main.push_back(std::move(s));
    for (auto& s : privilege_steps(b)) main.push_back(std::move(s));
    for (auto& s : default_privilege_steps(b)) main.push_back(std::move(s));
    for (const auto& d : last_drops) main.push_back(b.step(d.key, d.sql, "drop"));
    // Comments that go away: COMMENT ON … IS NULL, with `from`'s target.
    for (const auto& st : b.from_statements)
        if (!st.comment_on.empty() && b.comments.count(st.object) && !commented.count(st.object)) {
            main.push_back(b.step(st.object, "COMMENT ON " + st.comment_on + " IS NULL", "alter"));
            commented.insert(st.object);
        }

    // An object's steps after a destructive one (its drop, its type renamed away) need that step:
    // blocked with it.
    std::set<std::string> destructive_drops;
    const LockBudget& budget = b.options.lock_budget;
    std::map<std::string, std::size_t> indexes_per_table;
    for (const auto& [name, index] : b.from.indexes) ++indexes_per_table[index.table.quoted()];
    std::size_t splits = 0;
    for (auto* steps : {&b.first_group, &main}) {
        if (steps->empty()) continue;
        StepGroup group;
        std::size_t locks = 0;
        auto close_group = [&] {
            if (!group.steps.empty()) plan.groups.push_back(std::move(group));
            group = StepGroup{};
            locks = 0;
        };
        for (auto& original : *steps) {
            assess(b, original);
            const std::string key = keys::key(original.object_kind, original.object);
            if (original.destructive) {
                destructive_drops.insert(key);
            } else if (destructive_drops.count(key)) {
                original.destructive = true;
                original.hazards.push_back("needs the destructive step before it");
            }
            for (auto& s : b.options.online ? online_steps(b, std::move(original)) : std::vector<Step>{std::move(original)}) {
                if (!s.transactional) {
                    close_group();
                    plan.groups.push_back(StepGroup{false, {std::move(s)}});
                    continue;
                }
                const bool alone = s.own_group;
                const std::size_t weight = lock_weight(s, indexes_per_table);
                if (!alone && !group.steps.empty() && locks + weight > static_cast<std::size_t>(budget.locks())) {
                    close_group();
                    ++splits;
                }
                locks += weight;
                if (alone) close_group();
                group.steps.push_back(std::move(s));
                if (alone) close_group();
            }
        }
        close_group();
    }
    if (splits)
        plan.lock_split = fmt::format(
            "split into transactions of at most ~{} locks each, half the lock table of {} (max_locks_per_transaction {} "
            "x (max_connections {} + max_prepared_transactions {})): a larger transaction can fail with \"out of shared "
            "memory\"; a failure leaves the groups before it committed",
            budget.locks(), budget.from_server ? "the server" : "PostgreSQL's defaults", budget.max_locks_per_transaction,
            budget.max_connections, budget.max_prepared_transactions);
    plan.notes = std::move(b.notes);
    return plan;
}

}  // namespace planner::plan_parts
