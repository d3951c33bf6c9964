// ALTER DEFAULT PRIVILEGES for every row of pg_default_acl, in one query: what differs from what
// PostgreSQL gives a role's new objects (acldefault) for a row of every schema, and every grant
// of a row for one schema (those only add). The role the catalog is read as is left unnamed (no
// FOR ROLE), as a desired-state file leaves it; the owner's own privileges are left out, as they
// are for objects. They come after every object, so they change nothing the script made.
#include "reader.hpp"

namespace introspect {

namespace {

const char* const default_privilege_query = R"SQL(
WITH objects AS (
  SELECT d.defaclrole AS role_oid, n.nspname, d.defaclacl AS acl,
         CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                              WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS objects,
         CASE WHEN d.defaclnamespace = 0
              THEN pg_catalog.acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END,
                                         d.defaclrole)
              END AS base  -- none for one schema (aclexplode does not take an empty array)
    FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
), changes AS ($ACL_CHANGES
)
SELECT CASE WHEN pg_catalog.pg_get_userbyid(role_oid) = current_user THEN NULL
            ELSE pg_catalog.pg_get_userbyid(role_oid) END AS role_name,
       nspname, objects, action, privilege_type, is_grantable,
       CASE WHEN grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(grantee) END AS grantee_name
  FROM changes
 WHERE grantee <> role_oid AND objects IS NOT NULL
 ORDER BY role_name NULLS FIRST, nspname NULLS FIRST, objects, action DESC, grantee_name NULLS FIRST, privilege_type
)SQL";

}  // namespace

void read_default_privileges(ReadContext& context) {
    for_each_row(context, sql::with_filters(default_privilege_query), [&](const Row& row) {
        if (!row.null("nspname") && !context.filter.keeps_schema(row["nspname"])) return;
        std::string statement = "ALTER DEFAULT PRIVILEGES";
        if (!row.null("role_name")) statement += " FOR ROLE " + quoted(row["role_name"]);
        if (!row.null("nspname")) statement += " IN SCHEMA " + quoted(row["nspname"]);
        const std::string grantee = row.null("grantee_name") ? "PUBLIC" : quoted(row["grantee_name"]);
        const std::string what = row["privilege_type"] + " ON " + row["objects"];
        if (row["action"] == "GRANT")
            statement += " GRANT " + what + " TO " + grantee + (row.flag("is_grantable") ? " WITH GRANT OPTION" : "");
        else
            statement += " REVOKE " + what + " FROM " + grantee;
        context.script.add(Phase::privilege, statement);
    });
}

}  // namespace introspect
