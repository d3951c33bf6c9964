// User-defined types: enums, composites, ranges, domains.
#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

void identity(JsonWriter& w, const QualifiedName& name) {
    field(w, "schema", name.schema);
    field(w, "name", name.name);
}

}  // namespace

void write_enum(JsonWriter& w, const EnumType& type) {
    w.begin_object();
    identity(w, type.name);
    list(w, "labels", type.labels);  // in sort order, which is part of the type
    map_if_any(w, "renamed_labels", type.renamed_labels);  // new label → old label
    base(w, type);
    w.end_object();
}

void write_composite(JsonWriter& w, const CompositeType& type) {
    w.begin_object();
    identity(w, type.name);
    w.key("attributes").begin_array();
    for (const auto& attribute : type.attributes) {
        w.begin_object();
        field(w, "name", attribute.name);
        field(w, "type", attribute.type);
        field_if(w, "collation", attribute.collation);
        w.end_object();
    }
    w.end_array();
    base(w, type);
    w.end_object();
}

void write_range(JsonWriter& w, const RangeType& type) {
    w.begin_object();
    identity(w, type.name);
    // Always written: a range without options would be invalid SQL, so {} shows a parser gap.
    w.key("options").begin_object();
    for (const auto& [name, value] : type.options) w.key(name).value(value);
    w.end_object();
    base(w, type);
    w.end_object();
}

void write_domain(JsonWriter& w, const Domain& domain) {
    w.begin_object();
    identity(w, domain.name);
    field(w, "base_type", domain.base_type);
    field_if(w, "collation", domain.collation);
    field_if(w, "default_value", domain.default_value);
    field(w, "not_null", domain.not_null);
    w.key("checks").begin_array();
    for (const auto& check : domain.checks) {
        w.begin_object();
        field(w, "name", check.name);
        field(w, "check", check.check);
        field(w, "not_valid", check.not_valid);
        field(w, "name_was_implicit", check.name_was_implicit);
        w.end_object();
    }
    w.end_array();
    base(w, domain);
    w.end_object();
}

}  // namespace engine::json_detail
