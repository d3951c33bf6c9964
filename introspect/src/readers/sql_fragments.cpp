#include "../text_array.hpp"
#include "reader.hpp"

namespace introspect::sql {

std::string user_schema(const std::string& alias) {
    // CREATE SCHEMA refuses names starting with pg_, so ^pg_ covers pg_catalog, pg_toast and
    // every pg_temp_N / pg_toast_temp_N.
    return "(" + alias + ".nspname !~ '^pg_' AND " + alias + ".nspname <> 'information_schema')";
}

std::string not_extension_member(const std::string& catalog, const std::string& oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog." + catalog +
           "'::pg_catalog.regclass AND x.objid = " + oid + " AND x.deptype = 'e')";
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

std::string with_filters(std::string query) {
    // Each entry of `objects` (columns acl and base) that acl has and base lacks, as GRANT, and
    // the reverse, as REVOKE, with aclexplode's grantee, privilege_type and is_grantable.
    replace_all(query, "$ACL_CHANGES", R"SQL(
  SELECT o.*, 'GRANT' AS action, e.*
    FROM objects o, LATERAL (SELECT x.grantee, x.privilege_type, x.is_grantable FROM pg_catalog.aclexplode(o.acl) x
                             EXCEPT SELECT y.grantee, y.privilege_type, y.is_grantable FROM pg_catalog.aclexplode(o.base) y) e
  UNION ALL
  SELECT o.*, 'REVOKE', e.*
    FROM objects o, LATERAL (SELECT y.grantee, y.privilege_type, y.is_grantable FROM pg_catalog.aclexplode(o.base) y
                             EXCEPT SELECT x.grantee, x.privilege_type, x.is_grantable FROM pg_catalog.aclexplode(o.acl) x) e)SQL");
    replace_all(query, "$USER_SCHEMA", user_schema());
    replace_all(query, "$NOT_MEMBER_CLASS", not_extension_member("pg_class", "c.oid"));
    replace_all(query, "$NOT_MEMBER_TYPE", not_extension_member("pg_type", "t.oid"));
    replace_all(query, "$NOT_MEMBER_PROC", not_extension_member("pg_proc", "p.oid"));
    replace_all(query, "$NOT_MEMBER_COLLATION", not_extension_member("pg_collation", "o.oid"));
    return query;
}

std::string collation_columns(const std::string& differs) {
    return "CASE WHEN " + differs + " THEN cn.nspname END AS collschema, CASE WHEN " + differs +
           " THEN co.collname END AS collname";
}

std::string collation_join(const std::string& collation_oid) {
    return " LEFT JOIN pg_catalog.pg_collation co ON co.oid = " + collation_oid +
           " LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace ";
}

}  // namespace introspect::sql

namespace introspect {

std::string collate_clause(const Row& row) {
    return row.null("collname") ? "" : " COLLATE " + qualified(row["collschema"], row["collname"]);
}

std::vector<std::string> role_names(const std::string& array_text) {
    std::vector<std::string> names;
    for (const auto& role : parse_text_array(array_text)) names.push_back(role ? quoted(*role) : "public");
    return names;
}

}  // namespace introspect
