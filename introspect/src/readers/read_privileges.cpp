// GRANT and REVOKE for every relation, column, routine, schema and type whose privileges differ
// from what PostgreSQL gives it on creation (acldefault, or pg_init_privs for the public
// schema), in one query. The owner's own privileges are left out, as owners are.
#include "reader.hpp"

namespace introspect {

namespace {

// Each object: kind word for GRANT … ON, schema, name, routine arguments, column, its ACL and the
// ACL it started with. The outer query keeps the entries one side has and the other lacks.
const char* const privilege_query = R"SQL(
WITH objects AS (
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind, n.nspname, c.relname AS name,
         NULL::text AS arguments, NULL::name AS column_name, c.relacl AS acl,
         pg_catalog.acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS base,
         c.relowner AS owner, c.oid AS sort1, 0 AS sort2
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relacl IS NOT NULL AND $USER_SCHEMA AND $NOT_MEMBER_CLASS
  UNION ALL
  SELECT 'TABLE', n.nspname, c.relname, NULL, a.attname, a.attacl, NULL::pg_catalog.aclitem[], c.relowner, c.oid, a.attnum
    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
     AND $USER_SCHEMA AND $NOT_MEMBER_CLASS
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,
         pg_catalog.pg_get_function_identity_arguments(p.oid), NULL, p.proacl, pg_catalog.acldefault('f'::"char", p.proowner),
         p.proowner, p.oid, 0
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
   WHERE p.proacl IS NOT NULL AND p.prokind <> 'a' AND $USER_SCHEMA AND $NOT_MEMBER_PROC
  UNION ALL
  SELECT 'SCHEMA', n.nspname, n.nspname, NULL, NULL, n.nspacl,
         COALESCE(i.initprivs, pg_catalog.acldefault('n'::"char", n.nspowner)), n.nspowner, n.oid, 0
    FROM pg_catalog.pg_namespace n
    LEFT JOIN pg_catalog.pg_init_privs i
      ON i.objoid = n.oid AND i.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND i.objsubid = 0
   WHERE n.nspacl IS NOT NULL AND $USER_SCHEMA
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, n.nspname, t.typname, NULL, NULL, t.typacl,
         pg_catalog.acldefault('T'::"char", t.typowner), t.typowner, t.oid, 0
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typacl IS NOT NULL AND t.typtype IN ('e', 'c', 'd', 'r')
     AND (t.typrelid = 0 OR (SELECT r.relkind FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid) = 'c')
     AND $USER_SCHEMA AND $NOT_MEMBER_TYPE
), changes AS ($ACL_CHANGES
)
SELECT kind, nspname, name, arguments, column_name, action, privilege_type, is_grantable,
       CASE WHEN grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(grantee) END AS grantee,
       pg_catalog.pg_get_userbyid(owner) AS owner_name, sort1, sort2, CASE action WHEN 'REVOKE' THEN 1 ELSE 2 END AS step
  FROM changes
 WHERE grantee <> owner
UNION ALL
SELECT kind, nspname, name, arguments, NULL, 'OWNER', NULL, NULL, NULL, pg_catalog.pg_get_userbyid(owner), sort1, 0, 0
  FROM objects
 ORDER BY sort1, step, sort2, grantee, privilege_type
)SQL";

}  // namespace

void read_privileges(ReadContext& context) {
    const std::string sql = sql::with_filters(privilege_query);
    std::set<std::string> owned;
    for_each_row(context, sql, [&](const Row& row) {
        const std::string kind = row["kind"];
        const std::string schema = row["nspname"];
        const std::string name = row["name"];
        if (kind == "SCHEMA" ? !context.filter.keeps_schema(schema) : !context.filter.keeps(schema, name)) return;
        std::string object = kind == "SCHEMA" ? quoted(name) : qualified(schema, name);
        if (!row.null("arguments")) object += "(" + row["arguments"] + ")";
        std::string privilege = row["privilege_type"];
        if (!row.null("column_name")) privilege += " (" + quoted(row["column_name"]) + ")";
        const std::string grantee = row.null("grantee") ? "PUBLIC" : quoted(row["grantee"]);
        // The owner first: its own privileges are left out of the comparison, so it must be known.
        if (row["action"] == "OWNER") {
            if (owned.insert(kind + " " + object).second)
                context.script.add(Phase::privilege, "ALTER " + kind + " " + object + " OWNER TO " + quoted(row["owner_name"]));
            return;
        }
        const bool grantable = row.flag("is_grantable");
        if (row["action"] == "GRANT")
            context.script.add(Phase::privilege, "GRANT " + privilege + " ON " + kind + " " + object + " TO " + grantee +
                                                     (grantable ? " WITH GRANT OPTION" : ""));
        else
            context.script.add(Phase::privilege, "REVOKE " + privilege + " ON " + kind + " " + object + " FROM " + grantee);
    });
}

}  // namespace introspect
