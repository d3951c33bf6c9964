// What creation_sequence orders by: name mentions, positions in the source's own statement
// order (catalog.creation_order), and tables' parents.
#include <algorithm>

#include "render_parts.hpp"

namespace planner::render {

ItemsByName items_by_name(const std::vector<std::string>& names) {
    ItemsByName by_name;
    for (std::size_t j = 0; j < names.size(); ++j)
        if (!names[j].empty()) by_name[names[j]].push_back(j);
    return by_name;
}

void link_mentions(std::vector<OrderItem>& items, const ItemsByName& by_name, const std::vector<std::string>& texts) {
    for (std::size_t i = 0; i < texts.size(); ++i) {
        for (const auto& word : words_of(texts[i])) {
            auto it = by_name.find(word);
            if (it == by_name.end()) continue;
            for (std::size_t j : it->second)
                if (j != i) items[i].mentions.push_back(j);
        }
    }
}

void link_depends(const engine::Catalog& catalog, std::vector<OrderItem>& items,
                  const std::map<std::string, std::size_t>& by_identity) {
    auto item_of = [&](const engine::ObjectRef& ref) -> std::optional<std::size_t> {
        const bool column = ref.kind.size() > 7 && ref.kind.ends_with(" column");
        const auto it = by_identity.find(column ? ref.identity.substr(0, ref.identity.rfind('.')) : ref.identity);
        if (it == by_identity.end()) return std::nullopt;
        return it->second;
    };
    for (const auto& d : catalog.dependencies) {
        if (d.reason != "view query" && d.reason != "function body") continue;
        const auto dependent = item_of(d.dependent);
        const auto referenced = item_of(d.referenced);
        if (dependent && referenced && *dependent != *referenced) items[*dependent].needs.push_back(*referenced);
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

std::vector<engine::QualifiedName> table_parents(const engine::Table& table) {
    std::vector<engine::QualifiedName> parents = table.inherits;
    if (table.partition_of) parents.push_back(table.partition_of->parent);
    return parents;
}

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
    const auto name_of = [&](std::size_t i) { return OrderName{"table " + all[i]->name.quoted(), all[i]->where}; };
    for (std::size_t i : creation_sequence(items, name_of)) ordered.push_back(all[i]);
    return ordered;
}

int table_depth(const engine::Catalog& catalog, const engine::QualifiedName& table) {
    int depth = 0;
    for (auto it = catalog.tables.find(table); it != catalog.tables.end() && depth < 64; ++depth) {
        const engine::Table& t = it->second;
        if (t.inherits.empty() && !t.partition_of) break;
        it = catalog.tables.find(t.inherits.empty() ? t.partition_of->parent : t.inherits.front());
    }
    return depth;
}

}  // namespace planner::render
