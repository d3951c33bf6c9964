// Indexes: elements with PostgreSQL's defaults (ASC, NULLS LAST for ASC and FIRST for DESC).
#include "facts.hpp"

namespace planner::facts {

namespace {

std::string element_key(const engine::IndexElement& e, bool shown) {
    std::string out = e.column ? e.column->quoted()
                               : (shown ? "(" + e.expression->text + ")" : "(" + expression_key(*e.expression) + ")");
    // An extension's opclass or collation reads public.x from the catalog and x from a file.
    auto unqualified = [](const engine::QualifiedName& name) {
        return name.schema.str() == "public" ? name.name.quoted() : name.quoted();
    };
    if (e.collation) out += " COLLATE " + unqualified(*e.collation);
    if (e.opclass) out += " " + unqualified(*e.opclass);
    const bool desc = e.order == engine::SortOrder::desc;
    if (desc) out += " DESC";
    const bool nulls_first = e.nulls == engine::NullsOrder::default_ ? desc : e.nulls == engine::NullsOrder::first;
    if (nulls_first != desc) out += nulls_first ? " NULLS FIRST" : " NULLS LAST";
    return out;
}

}  // namespace

void collect_indexes(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [name, index] : catalog.indexes) {
        ObjectFacts& o = sink.object(7, "index", path_of(name), index.where);
        set(o, "table", path_of(index.table));
        set_flag(o, "unique", index.unique);
        set(o, "method", index.method);
        std::string key, shown;
        for (const auto& e : index.elements) {
            key += element_key(e, false) + ";";
            shown += (shown.empty() ? "" : ", ") + element_key(e, true);
        }
        set(o, "columns", key, shown);
        std::string include;
        for (const auto& i : index.include) include += (include.empty() ? "" : ", ") + i.quoted();
        set(o, "include", include);
        set_flag(o, "nulls not distinct", index.nulls_not_distinct);
        set(o, "attached to", index.attached_to ? path_of(*index.attached_to) : "");
        set(o, "with", options_text(index.with));
        set_expression(o, "predicate", index.predicate);
        set_comment(o, index);
    }
}

}  // namespace planner::facts
