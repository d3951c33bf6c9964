#pragma once
// What every catalog reader shares: the connection, the filter, the script being written, and
// a row accessor by column name. Each reader issues a fixed number of queries (usually one),
// whatever the number of objects.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../catalog_script.hpp"
#include "../object_filter.hpp"
#include "engine/model/dependency.hpp"
#include "introspect/connection.hpp"

namespace introspect {

// A function or view: bodies that depend on each other (a function returning a view's row
// type, a view calling a function), ordered together by write_body_objects.
struct BodyObject {
    std::string statement;
    std::set<std::string> uses;  // oids of other functions and views
    bool view = false;
};

struct ReadContext {
    Connection& connection;
    const ObjectFilter& filter;
    CatalogScript& script;
    std::vector<std::string>& warnings;
    int server_version;  // server_version_num, e.g. 150004
    std::map<std::string, BodyObject> bodies;  // by oid (pg_proc and pg_class share the oid counter)
    std::set<engine::Dependency> dependencies;  // set on the catalog once the script is parsed
};

class Row {
public:
    Row(const Result& result, int row) : result_(result), row_(row) {}
    std::string operator[](const char* column) const { return result_.get(row_, result_.column_index(column)); }
    bool null(const char* column) const { return result_.is_null(row_, result_.column_index(column)); }
    bool flag(const char* column) const { return (*this)[column] == "t"; }

private:
    const Result& result_;
    int row_;
};

// Runs `sql` and calls `each(row)` for every row.
template <typename Each>
void for_each_row(ReadContext& context, const std::string& sql, Each each) {
    const Result result = context.connection.query(sql);
    for (int i = 0; i < result.rows(); ++i) each(Row(result, i));
}

namespace sql {
// A WHERE condition: schema alias `n` is a user schema (not pg_catalog, information_schema,
// pg_toast, temp schemas).
std::string user_schema(const std::string& alias = "n");
// A WHERE condition: the object `oid` of catalog `catalog` is no member of an extension.
std::string not_extension_member(const std::string& catalog, const std::string& oid);
// Every `from` in `text` replaced by `to` (placeholders such as $USER_SCHEMA in a query).
void replace_all(std::string& text, const std::string& from, const std::string& to);
// `query` with its placeholders filled in: $USER_SCHEMA (alias n), $NOT_MEMBER_CLASS, _TYPE,
// _PROC, _COLLATION for the aliases c, t, p and o, and $ACL_CHANGES: the GRANT and REVOKE rows
// that take each row of a CTE `objects` from its ACL `base` to its ACL `acl`.
std::string with_filters(std::string query);
// Select-list columns collschema and collname, set when `differs` (the object's collation is not
// its type's default), from the aliases co/cn that collation_join(oid) brings in.
std::string collation_columns(const std::string& differs);
std::string collation_join(const std::string& collation_oid);
}  // namespace sql

// " COLLATE schema.name" for a row with collation_columns, or "".
std::string collate_clause(const Row& row);

// A role array read with NULL for PUBLIC (oid 0) → quoted role names, PUBLIC as `public`.
std::vector<std::string> role_names(const std::string& array_text);

void read_schemas(ReadContext& context);
void read_extensions(ReadContext& context);
void read_collations(ReadContext& context);
void read_enums(ReadContext& context);
void read_composite_types(ReadContext& context);
void read_range_types(ReadContext& context);
void read_domains(ReadContext& context);
void read_functions(ReadContext& context);
void read_aggregates(ReadContext& context);
void read_operators(ReadContext& context);
void read_casts(ReadContext& context);
void read_foreign_servers(ReadContext& context);
void read_sequences(ReadContext& context);
void read_tables(ReadContext& context);
void read_constraints(ReadContext& context);
void read_indexes(ReadContext& context);
void read_views(ReadContext& context);
// Functions and views in dependency order: functions that need no view go with the functions,
// the rest after the tables with the views.
void write_body_objects(ReadContext& context);
void read_triggers(ReadContext& context);
void read_rules(ReadContext& context);
void read_policies(ReadContext& context);
void read_comments(ReadContext& context);
void read_privileges(ReadContext& context);
void read_default_privileges(ReadContext& context);
void read_dependencies(ReadContext& context);

}  // namespace introspect
