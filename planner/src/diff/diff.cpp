// diff(from, to): both catalogs become fact maps (one collector per object kind), merged in
// (kind, path) order.
#include "planner/diff.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "../free_in_parallel.hpp"
#include "facts.hpp"
#include "privileges.hpp"

namespace planner {

namespace {

// The change between an object's two sides; nothing when they agree (most objects: the Change
// is only built for the others).
std::optional<Change> altered(const facts::ObjectFacts& a, const facts::ObjectFacts& b) {
    Change change;
    // Fields come in a fixed order per kind: side by side, unless one side states a field the
    // other does not (an extension's version), which is not compared.
    const bool aligned = a.fields.size() == b.fields.size() &&
                         std::equal(a.fields.begin(), a.fields.end(), b.fields.begin(),
                                    [](const auto& x, const auto& y) { return x.first == y.first; });
    if (aligned) {
        for (std::size_t i = 0; i < a.fields.size(); ++i)
            if (a.fields[i].second.key != b.fields[i].second.key)
                change.fields.push_back(
                    {std::string(b.fields[i].first), a.fields[i].second.shown(), b.fields[i].second.shown()});
    } else {
        std::map<std::string_view, const facts::Fact*> before;
        for (const auto& [field, fact] : a.fields) before[field] = &fact;
        for (const auto& [field, fact] : b.fields) {
            auto it = before.find(field);
            if (it == before.end()) continue;
            if (it->second->key != fact.key) change.fields.push_back({std::string(field), it->second->shown(), fact.shown()});
        }
    }
    if (a.kind != b.kind) change.fields.insert(change.fields.begin(), {"kind", a.kind, b.kind});
    if (change.fields.empty()) return std::nullopt;
    change.kind = ChangeKind::altered;
    change.object_kind = b.kind;
    change.path = b.path;
    change.from_where = a.location();
    change.to_where = b.location();
    change.from_object = a.object_key();
    change.to_object = b.object_key();
    return change;
}

}  // namespace

ChangeSet diff(const engine::Catalog& from, const engine::Catalog& to) {
    // The two sides are independent: the second on another thread.
    const bool privileges = facts::states_privileges(from) || facts::states_privileges(to);
    auto later = std::async(std::launch::async, [&] { return facts::collect_all(to, from, privileges); });
    facts::FactMap a = facts::collect_all(from, to, privileges);
    facts::FactMap b = later.get();
    ChangeSet set;
    std::set<std::string, std::less<>> whole;  // tables added or dropped: their parts go with them
    auto part_of_whole = [&](const facts::ObjectFacts& o) {
        return o.parent_length > 0 && whole.find(o.parent()) != whole.end();
    };
    auto ia = a.begin();
    auto ib = b.begin();
    while (ia != a.end() || ib != b.end()) {
        if (ib == b.end() || (ia != a.end() && facts::comes_before(*ia, *ib))) {
            if (!part_of_whole(*ia))
                set.changes.push_back({ChangeKind::dropped, ia->kind, ia->path, {}, ia->location(), {}, ia->object_key(), ""});
            whole.insert(ia->path);
            ++ia;
        } else if (ia == a.end() || facts::comes_before(*ib, *ia)) {
            if (!part_of_whole(*ib))
                set.changes.push_back({ChangeKind::added, ib->kind, ib->path, {}, {}, ib->location(), "", ib->object_key()});
            whole.insert(ib->path);
            ++ib;
        } else {
            const std::string& kind = ib->kind;
            if (kind == "view" || kind == "materialized view" || kind == "rule") set.approximate = true;
            if (auto change = altered(*ia, *ib)) set.changes.push_back(std::move(*change));
            ++ia;
            ++ib;
        }
    }
    free_in_parallel(std::move(b), std::move(a));
    return set;
}

}  // namespace planner
