// Schemas, extensions, raw objects and grants: the kinds with no structure of their own.
#include "json_parts.hpp"

namespace engine::json_detail {

void write_schema(JsonWriter& w, const Schema& schema) {
    w.begin_object();
    field(w, "name", schema.name);
    base(w, schema);
    w.end_object();
}

void write_extension(JsonWriter& w, const Extension& extension) {
    w.begin_object();
    field(w, "name", extension.name);
    field_if(w, "schema", extension.schema);  // where it is installed, not part of its identity
    field_if(w, "version", extension.version);
    base(w, extension);
    w.end_object();
}

void write_raw_object(JsonWriter& w, const RawObject& object) {
    w.begin_object();
    field(w, "kind", object.kind);
    field(w, "identity", object.identity);
    field(w, "sql", object.sql);
    base(w, object);
    w.end_object();
}

void write_grant(JsonWriter& w, const Grant& grant) {
    w.begin_object();
    field(w, "object_kind", grant.object_kind);
    field(w, "object", grant.object);
    list_if_any(w, "columns", grant.columns);
    field(w, "privilege", grant.privilege);
    field(w, "grantee", grant.grantee);
    field(w, "with_grant_option", grant.with_grant_option);
    field(w, "revoke", grant.revoke);
    source(w, grant.where);  // a Grant is no ObjectBase: it has a location but no comment/owner
    w.end_object();
}

void write_dependency(JsonWriter& w, const Dependency& dependency) {
    w.begin_object();
    w.key("dependent").begin_object();
    field(w, "kind", dependency.dependent.kind);
    field(w, "identity", dependency.dependent.identity);
    w.end_object();
    w.key("referenced").begin_object();
    field(w, "kind", dependency.referenced.kind);
    field(w, "identity", dependency.referenced.identity);
    w.end_object();
    field(w, "reason", dependency.reason);
    w.end_object();
}

}  // namespace engine::json_detail
