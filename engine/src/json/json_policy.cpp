// Row-level security policies.
#include "json_parts.hpp"

namespace engine::json_detail {

void write_policy(JsonWriter& w, const Policy& policy) {
    w.begin_object();
    field(w, "table", policy.table);  // the schema is the table's
    field(w, "name", policy.name);
    field(w, "permissive", policy.permissive);
    field(w, "command", policy.command);
    list(w, "roles", policy.roles);  // written even when empty: empty means PUBLIC
    field_if(w, "using_expr", policy.using_expr);
    field_if(w, "check_expr", policy.check_expr);
    base(w, policy);
    w.end_object();
}

}  // namespace engine::json_detail
