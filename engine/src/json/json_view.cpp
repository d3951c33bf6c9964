// Views and materialized views.
#include "json_parts.hpp"

namespace engine::json_detail {

void write_view(JsonWriter& w, const View& view) {
    w.begin_object();
    field(w, "schema", view.name.schema);
    field(w, "name", view.name.name);
    field(w, "materialized", view.materialized);
    field(w, "recursive", view.recursive);
    list_if_any(w, "columns", view.columns);
    map_if_any(w, "options", view.options);
    field(w, "query", view.query);
    field_if(w, "replaced_query", view.replaced_query);
    field_if(w, "check_option", view.check_option);
    if (view.materialized) field(w, "with_data", view.with_data);  // meaningless for plain views
    field_if(w, "tablespace", view.tablespace);
    field_if(w, "access_method", view.access_method);
    map_if_any(w, "column_comments", view.column_comments);
    if (!view.column_defaults.empty()) {
        w.key("column_defaults").begin_object();
        for (const auto& [column, value] : view.column_defaults) {
            w.key(column);
            put(w, value);
        }
        w.end_object();
    }
    base(w, view);
    w.end_object();
}

}  // namespace engine::json_detail
