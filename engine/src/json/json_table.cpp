#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

const char* replica_identity_name(ReplicaIdentity identity) {
    switch (identity) {
        case ReplicaIdentity::default_: return "default";
        case ReplicaIdentity::full: return "full";
        case ReplicaIdentity::nothing: return "nothing";
        case ReplicaIdentity::index: return "index";
    }
    return "default";
}

}  // namespace

void write_table(JsonWriter& w, const Table& table) {
    w.begin_object();
    field(w, "schema", table.name.schema);
    field(w, "name", table.name.name);
    w.key("columns").begin_array();
    for (const auto& column : table.columns) write_column(w, column);
    w.end_array();
    w.key("constraints").begin_array();
    for (const auto& constraint : table.constraints) write_constraint(w, constraint);
    w.end_array();
    field(w, "unlogged", table.unlogged);
    field_if(w, "partition_by", table.partition_by);
    if (table.partition_of) {
        w.key("partition_of").begin_object();
        field(w, "parent", table.partition_of->parent);
        field(w, "bound", table.partition_of->bound);
        w.end_object();
    }
    list_if_any(w, "inherits", table.inherits);
    map_if_any(w, "storage_params", table.storage_params);
    field_if(w, "tablespace", table.tablespace);
    field_if(w, "access_method", table.access_method);
    field(w, "rls_enabled", table.rls_enabled);
    field(w, "rls_forced", table.rls_forced);
    field(w, "replica_identity", replica_identity_name(table.replica_identity));
    field_if(w, "replica_identity_index", table.replica_identity_index);
    field_if(w, "cluster_on", table.cluster_on);
    field_if(w, "renamed_from", table.renamed_from);
    field_if(w, "foreign_server", table.foreign_server);
    pairs_if_any(w, "foreign_options", table.foreign_options);
    base(w, table);
    w.end_object();
}

}  // namespace engine::json_detail
