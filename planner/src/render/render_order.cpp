// Creation order for objects whose dependencies the model does not spell out. The source's
// own statement order (catalog.creation_order) is the authority; name mentions fill in for
// objects it does not list.
#include <algorithm>
#include <functional>

#include "render_parts.hpp"

namespace planner::render {

std::vector<std::size_t> creation_sequence(const std::vector<OrderItem>& items) {
    std::vector<std::size_t> visit(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) visit[i] = i;
    std::stable_sort(visit.begin(), visit.end(), [&](std::size_t a, std::size_t b) {
        const auto& pa = items[a].position;
        const auto& pb = items[b].position;
        if (pa && pb) return *pa < *pb;
        return pa.has_value() && !pb.has_value();
    });

    enum class Mark { none, active, done };
    std::vector<Mark> marks(items.size(), Mark::none);
    std::vector<std::size_t> sequence;
    sequence.reserve(items.size());
    std::function<void(std::size_t)> place = [&](std::size_t i) {
        if (marks[i] != Mark::none) return;  // done, or a cycle: keep the visiting order
        marks[i] = Mark::active;
        for (std::size_t need : items[i].needs) {
            const auto& mine = items[i].position;
            const auto& theirs = items[need].position;
            if (need == i || (mine && theirs && *theirs > *mine)) continue;
            place(need);
        }
        marks[i] = Mark::done;
        sequence.push_back(i);
    };
    for (std::size_t i : visit) place(i);
    return sequence;
}

void link_mentions(std::vector<OrderItem>& items, const std::vector<std::string>& names,
                   const std::vector<std::string>& texts) {
    std::map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t j = 0; j < names.size(); ++j)
        if (!names[j].empty()) by_name[names[j]].push_back(j);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        for (const auto& word : words_of(texts[i])) {
            auto it = by_name.find(word);
            if (it == by_name.end()) continue;
            for (std::size_t j : it->second)
                if (j != i) items[i].needs.push_back(j);
        }
    }
}

CreationOrder::CreationOrder(const engine::Catalog& catalog) {
    for (std::size_t i = 0; i < catalog.creation_order.size(); ++i)
        positions_.emplace(catalog.creation_order[i], i);
}

std::optional<std::size_t> CreationOrder::find(const std::vector<std::string>& spellings) const {
    std::optional<std::size_t> best;
    for (const auto& spelling : spellings) {
        auto it = positions_.find(spelling);
        if (it != positions_.end() && (!best || it->second < *best)) best = it->second;
    }
    return best;
}

// The parser writes "VIEW <quoted name>", "FUNCTION <functions key>" and "<KIND> <identity>";
// the bare names are accepted too, for catalogs built elsewhere.
std::vector<std::string> view_spellings(const engine::View& view) {
    return {"VIEW " + view.name.quoted(), view.name.quoted(), view.name.schema.str() + "." + view.name.name.str()};
}

std::vector<std::string> function_spellings(const std::string& key, const engine::Function& function) {
    return {"FUNCTION " + key, "PROCEDURE " + key, key, function.signature()};
}

std::vector<std::string> raw_spellings(const engine::RawObject& raw) {
    return {raw.kind + " " + raw.identity, raw.identity};
}

namespace {

std::vector<engine::QualifiedName> table_parents(const engine::Table& table) {
    std::vector<engine::QualifiedName> parents = table.inherits;
    if (table.partition_of) parents.push_back(table.partition_of->parent);
    return parents;
}

}  // namespace

std::vector<const engine::Table*> tables_parents_first(const engine::Catalog& catalog) {
    std::vector<const engine::Table*> all;
    std::map<engine::QualifiedName, std::size_t> index;
    for (const auto& [name, table] : catalog.tables) {
        index.emplace(name, all.size());
        all.push_back(&table);
    }
    std::vector<OrderItem> items(all.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        for (const auto& parent : table_parents(*all[i]))
            if (auto it = index.find(parent); it != index.end()) items[i].needs.push_back(it->second);
    std::vector<const engine::Table*> ordered;
    for (std::size_t i : creation_sequence(items)) ordered.push_back(all[i]);
    return ordered;
}

int table_depth(const engine::Catalog& catalog, const engine::QualifiedName& table) {
    int depth = 0;
    for (auto it = catalog.tables.find(table); it != catalog.tables.end() && depth < 64; ++depth) {
        const auto parents = table_parents(it->second);
        if (parents.empty()) break;
        it = catalog.tables.find(parents.front());
    }
    return depth;
}

}  // namespace planner::render
