#include "json_parts.hpp"

namespace engine::json_detail {

void write_trigger(JsonWriter& w, const Trigger& trigger) {
    w.begin_object();
    field(w, "table", trigger.table);  // the schema is the table's
    field(w, "name", trigger.name);
    field(w, "timing", trigger.timing);
    list(w, "events", trigger.events);
    list_if_any(w, "update_columns", trigger.update_columns);
    field(w, "for_each_row", trigger.for_each_row);
    field_if(w, "when", trigger.when);
    field(w, "function", trigger.function);
    list_if_any(w, "function_args", trigger.function_args);
    field(w, "constraint_trigger", trigger.constraint_trigger);
    field_if(w, "from_table", trigger.from_table);
    field(w, "deferrable", trigger.deferrable);
    field(w, "initially_deferred", trigger.initially_deferred);
    field_if(w, "old_table", trigger.old_table);
    field_if(w, "new_table", trigger.new_table);
    field(w, "enabled", trigger.enabled);
    base(w, trigger);
    w.end_object();
}

}  // namespace engine::json_detail
