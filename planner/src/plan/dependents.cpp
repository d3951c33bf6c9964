// What must go when something it needs is dropped or changes shape, and come back afterwards:
// views, functions, constraints, triggers and policies on the server's pg_depend edges (a live
// `from`), or views by the names their queries mention (a file `from`); foreign keys on the key
// they reference; column defaults that call a re-created function or sequence are reset.
#include <algorithm>

#include "../diff/facts.hpp"
#include "builder.hpp"

namespace planner::plan_parts {

namespace {

// "c on public.t" → "public.t.c"
std::string on_to_path(const std::string& identity) {
    const auto on = identity.rfind(" on ");
    if (on == std::string::npos) return identity;
    return identity.substr(on + 4) + "." + identity.substr(0, on);
}

class Keys {
public:
    explicit Keys(const Builder& b) : b_(b) {
        for (const auto& [key, f] : b.from.functions) by_signature_[f.signature()] = keys::function(key, f);
    }
    // The planner key of a pg_identify_object reference, when `from` has that object.
    std::optional<std::string> of(const engine::ObjectRef& r) const {
        std::vector<std::string> candidates;
        if (r.kind == "table") candidates = {keys::key("table", r.identity), keys::key("foreign table", r.identity)};
        else if (r.kind == "view" || r.kind == "materialized view" || r.kind == "sequence" || r.kind == "type" ||
                 r.kind == "domain")
            candidates = {keys::key(r.kind, r.identity)};
        else if (r.kind == "table column") candidates = {keys::key("column", r.identity)};
        else if (r.kind == "view column" || r.kind == "materialized view column") {
            const std::string view = r.identity.substr(0, r.identity.rfind('.'));
            candidates = {keys::key("view", view), keys::key("materialized view", view)};
        }
        else if (r.kind == "table constraint") candidates = {keys::key("constraint", on_to_path(r.identity))};
        else if (r.kind == "trigger" || r.kind == "policy") candidates = {keys::key(r.kind, on_to_path(r.identity))};
        else if (r.kind == "function" || r.kind == "procedure") {
            candidates = {keys::key(r.kind, r.identity)};
            if (auto it = by_signature_.find(r.identity); it != by_signature_.end()) candidates.push_back(it->second);
        }
        for (const auto& c : candidates)
            if (b_.from_index.find(c)) return c;
        return std::nullopt;
    }

private:
    const Builder& b_;
    std::map<std::string, std::string> by_signature_;
};

bool same_columns(const std::vector<engine::Ident>& a, const std::vector<engine::Ident>& b) {
    return std::is_permutation(a.begin(), a.end(), b.begin(), b.end());
}

// `from`'s foreign keys by the table they reference, gathered once.
using ForeignKeysByTable = std::map<engine::QualifiedName, std::vector<std::pair<engine::QualifiedName, const engine::Constraint*>>>;

ForeignKeysByTable foreign_keys_by_table(const engine::Catalog& catalog) {
    ForeignKeysByTable out;
    for (const auto& [name, t] : catalog.tables)
        for (const auto& c : t.constraints)
            if (c.kind == engine::ConstraintKind::foreign_key) out[c.references.table].emplace_back(name, &c);
    return out;
}

// Foreign keys of `from` that rest on `key` (a table, or a primary/unique key or unique index).
std::vector<std::string> foreign_keys_on(const Builder& b, const ForeignKeysByTable& by_table, const std::string& key) {
    const std::optional<ObjectRef> ref = b.from_index.find(key);
    if (!ref) return {};
    engine::QualifiedName table;
    std::vector<engine::Ident> columns;
    bool whole_table = false;
    if (ref->constraint && (ref->constraint->kind == engine::ConstraintKind::primary_key ||
                            ref->constraint->kind == engine::ConstraintKind::unique)) {
        table = ref->table->name;
        columns = ref->constraint->columns;
    } else if (ref->index && ref->index->unique) {
        table = ref->index->table;
        for (const auto& e : ref->index->elements)
            if (e.column) columns.push_back(*e.column);
    } else if (ref->table && !ref->column && !ref->constraint) {
        table = ref->table->name;
        whole_table = true;
    } else {
        return {};
    }
    std::vector<std::string> out;
    const auto referencing = by_table.find(table);
    if (referencing == by_table.end()) return out;
    for (const auto& [name, c] : referencing->second)
        if (whole_table || c->references.columns.empty() || same_columns(c->references.columns, columns))
            out.push_back(keys::constraint(name, c->name));
    return out;
}

}  // namespace

std::map<std::string, std::vector<std::string>> partition_keys_by_index(const engine::Catalog& catalog) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& [name, t] : catalog.tables)
        for (const auto& c : t.constraints)
            if (c.index_attached_to) out[keys::index(*c.index_attached_to)].push_back(keys::constraint(name, c.name));
    return out;
}

void add_dependents(Builder& b) {
    const Keys keys_of(b);
    // referenced key → (dependent key, reason); a column's dependents are its table's too.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> dependents;
    for (const auto& d : b.from.dependencies) {
        auto dependent = keys_of.of(d.dependent);
        auto referenced = keys_of.of(d.referenced);
        if (!dependent || !referenced || d.reason == "owned sequence") continue;
        dependents[*referenced].emplace_back(*dependent, d.reason);
        if (const std::optional<ObjectRef> ref = b.from_index.find(*referenced); ref && ref->column)
            dependents[keys::table(*ref->table)].emplace_back(*dependent, d.reason);
    }
    const bool by_mentions = b.from.dependencies.empty();
    const ForeignKeysByTable fks = foreign_keys_by_table(b.from);
    // For a file `from`: the names each view's query mentions, read once.
    std::vector<std::pair<std::string, std::set<std::string>>> view_words;
    if (by_mentions)
        for (const auto& [view_name, view] : b.from.views) view_words.emplace_back(keys::view(view), render::words_of(view.query, false));

    std::map<std::string, std::vector<std::string>> partitions;  // parent's key → its partitions' keys
    for (const auto& [name, t] : b.from.tables)
        if (t.partition_of)
            if (auto parent = b.from.tables.find(t.partition_of->parent); parent != b.from.tables.end())
                partitions[keys::table(parent->second)].push_back(keys::table(t));
    const std::map<std::string, std::vector<std::string>> attached_keys = partition_keys_by_index(b.from);
    std::vector<std::string> work(b.drops.begin(), b.drops.end());
    for (const auto& [key, fields] : b.in_place)
        if (fields.count("type") || fields.count("collation")) work.push_back(key);
    std::set<std::string> seen(work.begin(), work.end());
    auto require = [&](const std::string& key) {
        if (b.drops.count(key)) return;
        b.drops.insert(key);
        if (b.to_index.find(key)) b.creates.insert(key);
        if (seen.insert(key).second) work.push_back(key);
    };
    // A foreign key whose columns change type at both ends holds at neither step between: it is
    // dropped before and added after.
    auto retyped = [&](const engine::QualifiedName& table, const std::vector<engine::Ident>& columns) {
        for (const auto& column : columns) {
            auto it = b.in_place.find(keys::column(table, column));
            if (it != b.in_place.end() && it->second.count("type")) return true;
        }
        return false;
    };
    for (const auto& [name, table] : b.from.tables)
        for (const auto& c : table.constraints) {
            if (c.kind == engine::ConstraintKind::foreign_key && retyped(name, c.columns) &&
                retyped(c.references.table, facts::referenced_columns(b.from, c)))
                require(keys::constraint(name, c.name));
        }
    while (!work.empty()) {
        const std::string key = work.back();
        work.pop_back();
        for (const auto& fk : foreign_keys_on(b, fks, key)) require(fk);
        // A partitioned table's partitions go with it (DROP TABLE takes them) and come back with it.
        if (b.drops.count(key))
            if (auto it = partitions.find(key); it != partitions.end())
                for (const auto& partition : it->second) require(partition);
        // A partition's key attached to a dropped partitioned index goes with it (DROP INDEX … CASCADE,
        // emit.cpp) and comes back.
        if (b.drops.count(key))
            if (auto it = attached_keys.find(key); it != attached_keys.end())
                for (const auto& constraint : it->second) require(constraint);
        if (auto it = dependents.find(key); it != dependents.end()) {
            for (const auto& [dependent, reason] : it->second) {
                if (split_key(dependent).first == "column") {
                    if (!b.drops.count(dependent)) b.default_resets.insert(dependent);
                } else {
                    require(dependent);
                    if (b.creates.count(dependent)) b.users_recreated.insert(key);
                }
            }
        }
        if (by_mentions) {
            const std::optional<ObjectRef> ref = b.from_index.find(key);
            std::string name;
            if (ref && ref->table && !ref->constraint) name = ref->table->name.name.str();
            if (ref && ref->view) name = ref->view->name.name.str();
            if (ref && ref->function) name = ref->function->name.name.str();
            if (name.empty()) continue;
            for (const auto& [view_key, words] : view_words)
                if (words.count(name)) require(view_key);
        }
    }
}

}  // namespace planner::plan_parts
