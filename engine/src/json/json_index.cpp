#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

void element(JsonWriter& w, const IndexElement& e) {
    w.begin_object();
    field_if(w, "column", e.column);  // exactly one of column and expression is set
    field_if(w, "expression", e.expression);
    field_if(w, "collation", e.collation);
    field_if(w, "opclass", e.opclass);
    map_if_any(w, "opclass_params", e.opclass_params);
    // The default_ enumerators stand for "not written", so they are left out like unset optionals.
    if (e.order != SortOrder::default_) field(w, "order", e.order == SortOrder::asc ? "asc" : "desc");
    if (e.nulls != NullsOrder::default_) field(w, "nulls", e.nulls == NullsOrder::first ? "first" : "last");
    field_if(w, "statistics", e.statistics);
    w.end_object();
}

}  // namespace

void write_index(JsonWriter& w, const Index& index) {
    w.begin_object();
    field(w, "schema", index.name.schema);
    field(w, "name", index.name.name);
    field(w, "table", index.table);
    field(w, "unique", index.unique);
    field(w, "nulls_not_distinct", index.nulls_not_distinct);
    field(w, "only", index.only);
    field(w, "method", index.method);
    w.key("elements").begin_array();
    for (const auto& e : index.elements) element(w, e);
    w.end_array();
    list_if_any(w, "include", index.include);
    map_if_any(w, "with", index.with);
    field_if(w, "tablespace", index.tablespace);
    field_if(w, "predicate", index.predicate);  // WHERE …
    field_if(w, "attached_to", index.attached_to);
    field(w, "name_was_implicit", index.name_was_implicit);
    field_if(w, "renamed_from", index.renamed_from);
    base(w, index);
    w.end_object();
}

}  // namespace engine::json_detail
