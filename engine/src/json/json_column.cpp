#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

const char* identity_name(IdentityKind kind) {
    switch (kind) {
        case IdentityKind::none: return "none";
        case IdentityKind::always: return "always";
        case IdentityKind::by_default: return "by_default";
    }
    return "none";
}

}  // namespace

void write_column(JsonWriter& w, const Column& column) {
    w.begin_object();
    field(w, "name", column.name);
    field(w, "type", column.type);
    field_if(w, "collation", column.collation);
    field(w, "not_null", column.not_null);
    field_if(w, "default_value", column.default_value);
    // IdentityKind::none plays the part of an unset optional, and the options only mean
    // something for identity columns.
    if (column.identity != IdentityKind::none) {
        field(w, "identity", identity_name(column.identity));
        write_sequence_options(w, "identity_options", column.identity_options);
    }
    field_if(w, "generated", column.generated);
    map_if_any(w, "options", column.options);
    field_if(w, "storage", column.storage);
    field_if(w, "compression", column.compression);
    field_if(w, "statistics", column.statistics);
    field_if(w, "renamed_from", column.renamed_from);
    base(w, column);
    w.end_object();
}

}  // namespace engine::json_detail
