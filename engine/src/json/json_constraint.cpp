// Constraint is one struct for five kinds; only the fields that apply to the kind are written.
#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

const char* kind_name(ConstraintKind kind) {
    switch (kind) {
        case ConstraintKind::primary_key: return "primary_key";
        case ConstraintKind::unique: return "unique";
        case ConstraintKind::check: return "check";
        case ConstraintKind::foreign_key: return "foreign_key";
        case ConstraintKind::exclusion: return "exclusion";
    }
    return "check";
}

const char* action_name(ReferentialAction action) {
    switch (action) {
        case ReferentialAction::no_action: return "no_action";
        case ReferentialAction::restrict: return "restrict";
        case ReferentialAction::cascade: return "cascade";
        case ReferentialAction::set_null: return "set_null";
        case ReferentialAction::set_default: return "set_default";
    }
    return "no_action";
}

const char* match_name(MatchType match) {
    switch (match) {
        case MatchType::simple: return "simple";
        case MatchType::full: return "full";
        case MatchType::partial: return "partial";
    }
    return "simple";
}

void references(JsonWriter& w, const ForeignKeyTarget& target) {
    w.key("references").begin_object();
    field(w, "table", target.table);
    list_if_any(w, "columns", target.columns);  // empty: the referenced table's primary key
    field(w, "match", match_name(target.match));
    field(w, "on_delete", action_name(target.on_delete));
    field(w, "on_update", action_name(target.on_update));
    list_if_any(w, "on_delete_set_columns", target.on_delete_set_columns);
    w.end_object();
}

// The backing index of primary key, unique and exclusion constraints.
void index_fields(JsonWriter& w, const Constraint& c) {
    list_if_any(w, "include", c.include);
    map_if_any(w, "index_with", c.index_with);
    field_if(w, "index_tablespace", c.index_tablespace);
    field_if(w, "using_index", c.using_index);
    field_if(w, "index_attached_to", c.index_attached_to);
}

void exclusion(JsonWriter& w, const Constraint& c) {
    field(w, "exclusion_method", c.exclusion_method);
    w.key("exclusion_elements").begin_array();
    for (const auto& element : c.exclusion_elements) {
        w.begin_object();
        field(w, "element", element.element);
        field(w, "op", element.op);
        w.end_object();
    }
    w.end_array();
    field_if(w, "exclusion_where", c.exclusion_where);
}

}  // namespace

void write_constraint(JsonWriter& w, const Constraint& c) {
    w.begin_object();
    field(w, "name", c.name);
    field(w, "kind", kind_name(c.kind));
    switch (c.kind) {
        case ConstraintKind::primary_key:
            list(w, "columns", c.columns);
            index_fields(w, c);
            break;
        case ConstraintKind::unique:
            list(w, "columns", c.columns);
            index_fields(w, c);
            field(w, "nulls_not_distinct", c.nulls_not_distinct);
            break;
        case ConstraintKind::check:
            field(w, "check", c.check);
            field(w, "no_inherit", c.no_inherit);
            break;
        case ConstraintKind::foreign_key:
            list(w, "columns", c.columns);
            references(w, c.references);
            break;
        case ConstraintKind::exclusion:
            exclusion(w, c);
            index_fields(w, c);
            break;
    }
    field(w, "deferrable", c.deferrable);
    field(w, "initially_deferred", c.initially_deferred);
    field(w, "not_valid", c.not_valid);
    field(w, "name_was_implicit", c.name_was_implicit);
    field_if(w, "renamed_from", c.renamed_from);
    base(w, c);
    w.end_object();
}

}  // namespace engine::json_detail
