// Sequences, and the options they share with identity columns.
#include "json_parts.hpp"

namespace engine::json_detail {

void write_sequence_options(JsonWriter& w, std::string_view key, const SequenceOptions& options) {
    w.key(key).begin_object();
    field_if(w, "as_type", options.as_type);
    field_if(w, "increment", options.increment);
    field_if(w, "min_value", options.min_value);
    field_if(w, "max_value", options.max_value);
    field_if(w, "start", options.start);
    field_if(w, "cache", options.cache);
    field(w, "cycle", options.cycle);
    field_if(w, "sequence_name", options.sequence_name);
    w.end_object();
}

void write_sequence(JsonWriter& w, const Sequence& sequence) {
    w.begin_object();
    field(w, "schema", sequence.name.schema);
    field(w, "name", sequence.name.name);
    write_sequence_options(w, "options", sequence.options);
    field(w, "unlogged", sequence.unlogged);
    if (sequence.owned_by) {
        w.key("owned_by").begin_object();
        field(w, "table", sequence.owned_by->table);
        field(w, "column", sequence.owned_by->column);
        w.end_object();
    }
    base(w, sequence);
    w.end_object();
}

}  // namespace engine::json_detail
