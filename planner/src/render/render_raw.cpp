// Raw objects are verbatim statements; where they go depends on what their kind refers to.
#include <algorithm>

#include "render_parts.hpp"

namespace planner::render {

RawPlacement raw_placement(const engine::Catalog& catalog, const engine::RawObject& raw) {
    const std::string kind = upper(raw.kind);
    // An aggregate over a table's row type waits for the table (and for its state functions,
    // which take that row type too).
    if (kind == "AGGREGATE") {
        const std::set<std::string> words = words_of(raw.sql, false);
        auto mentioned = [&](const auto& objects) {
            return std::any_of(objects.begin(), objects.end(),
                               [&](const auto& entry) { return words.count(entry.first.name.str()) > 0; });
        };
        if (mentioned(catalog.tables) || mentioned(catalog.views)) return RawPlacement::late;
    }
    // Collations are used by the types that come before functions.
    if (kind == "COLLATION") return RawPlacement::early;
    // These name tables or views, so they wait for them.
    if (kind == "RULE" || kind == "STATISTICS" || kind == "PUBLICATION" || kind == "TRIGGER" ||
        kind == "POLICY" || kind == "INDEX" || kind == "TABLE" || kind == "VIEW")
        return RawPlacement::late;
    // Event triggers would fire while the rest loads; default privileges would apply to it;
    // comments on raw objects need their object, whichever group it is in.
    if (kind == "EVENT TRIGGER" || kind == "SUBSCRIPTION" || kind == "COMMENT" ||
        kind.find("DEFAULT PRIVILEGES") != std::string::npos)
        return RawPlacement::last;
    return RawPlacement::middle;  // aggregates, operators, casts, servers, text search, …
}

std::string raw_base_name(const engine::RawObject& raw) {
    // "public.sum_int(integer)" -> sum_int: what other statements call it by.
    std::string name = raw.identity.substr(0, raw.identity.find('('));
    if (auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') return name.substr(1, name.size() - 2);
    return engine::fold_identifier(name);
}

std::string raw_label(const engine::RawObject& raw) {
    std::string kind = raw.kind;
    std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return std::tolower(c); });
    return kind + " " + raw.identity;
}

void render_raw_objects(const engine::Catalog& catalog, const CreationOrder& order, RawPlacement placement,
                        Statements& out) {
    std::vector<const engine::RawObject*> raws;
    std::vector<OrderItem> items;
    std::vector<std::string> names;
    std::vector<std::string> texts;
    for (const auto& [key, raw] : catalog.raw_objects) {
        if (raw_placement(catalog, raw) != placement) continue;
        raws.push_back(&raw);
        items.push_back({order.find(raw_spellings(raw)), {}});
        names.push_back(raw_base_name(raw));
        texts.push_back(raw.sql);
    }
    link_mentions(items, items_by_name(names), texts);
    const auto name_of = [&](std::size_t i) { return OrderName{raw_label(*raws[i]), raws[i]->where}; };
    for (std::size_t i : creation_sequence(items, name_of)) {
        out.push_back({raws[i]->sql, raws[i]->search_path});
        out.back().object = keys::raw(*raws[i]);
    }
}

}  // namespace planner::render
