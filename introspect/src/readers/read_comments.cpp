// COMMENT ON every kind of object the readers produce, from pg_description in one query.
#include "reader.hpp"

namespace introspect {

namespace {

// Each branch yields: kind, schema, name (the object or its table), sub (column, constraint,
// trigger, policy or rule name), arguments (functions), description.
const char* const comment_query = R"SQL(
SELECT * FROM (
  SELECT CASE WHEN d.objsubid > 0 THEN 'COLUMN' ELSE CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE'
           WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
           WHEN 'c' THEN 'TYPE' ELSE 'INDEX' END END AS kind,
         n.nspname, c.relname AS name, a.attname AS sub, NULL::text AS arguments, d.description, c.oid AS sort1, d.objsubid AS sort2
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
   WHERE (d.objsubid = 0 OR (a.attnum > 0 AND NOT a.attisdropped)) AND $USER_SCHEMA AND $NOT_MEMBER_CLASS
  UNION ALL
  SELECT 'SCHEMA', n.nspname, n.nspname, NULL, NULL, d.description, n.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_namespace n ON d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND n.oid = d.objoid
   WHERE $USER_SCHEMA AND NOT (n.nspname = 'public' AND d.description = 'standard public schema')
  UNION ALL
  SELECT 'EXTENSION', n.nspname, e.extname, NULL, NULL, d.description, e.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_extension e ON d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname <> 'plpgsql'
  UNION ALL
  SELECT CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, n.nspname, t.typname, NULL, NULL, d.description, t.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_type t ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
   WHERE $USER_SCHEMA AND $NOT_MEMBER_TYPE
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, n.nspname, p.proname, NULL,
         pg_catalog.pg_get_function_identity_arguments(p.oid), d.description, p.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_proc p ON d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
   WHERE $USER_SCHEMA AND $NOT_MEMBER_PROC
  UNION ALL
  SELECT CASE WHEN k.contypid <> 0 THEN 'DOMAIN CONSTRAINT' ELSE 'CONSTRAINT' END, n.nspname,
         COALESCE(c.relname, t.typname), k.conname, NULL, d.description, k.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_constraint k ON d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace
    LEFT JOIN pg_catalog.pg_class c ON c.oid = k.conrelid LEFT JOIN pg_catalog.pg_type t ON t.oid = k.contypid
   WHERE $USER_SCHEMA
  UNION ALL
  SELECT 'TRIGGER', n.nspname, c.relname, g.tgname, NULL, d.description, g.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_trigger g ON d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND g.oid = d.objoid
    JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE $USER_SCHEMA
  UNION ALL
  SELECT 'POLICY', n.nspname, c.relname, p.polname, NULL, d.description, p.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_policy p ON d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND p.oid = d.objoid
    JOIN pg_catalog.pg_class c ON c.oid = p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE $USER_SCHEMA
  UNION ALL
  SELECT 'RULE', n.nspname, c.relname, r.rulename, NULL, d.description, r.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_rewrite r ON d.classoid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND r.oid = d.objoid
    JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE $USER_SCHEMA AND r.rulename <> '_RETURN'
  UNION ALL
  SELECT 'COLLATION', n.nspname, o.collname, NULL, NULL, d.description, o.oid, 0
    FROM pg_catalog.pg_description d JOIN pg_catalog.pg_collation o ON d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND o.oid = d.objoid
    JOIN pg_catalog.pg_namespace n ON n.oid = o.collnamespace
   WHERE $USER_SCHEMA AND $NOT_MEMBER_COLLATION
) comments ORDER BY sort1, sort2
)SQL";

}  // namespace

void read_comments(ReadContext& context) {
    const std::string sql = sql::with_filters(comment_query);
    for_each_row(context, sql, [&](const Row& row) {
        const std::string kind = row["kind"];
        const std::string schema = row["nspname"];
        const std::string name = row["name"];
        std::string target;
        if (kind == "SCHEMA" || kind == "EXTENSION") {
            if (!context.filter.keeps_schema(schema) || (kind == "EXTENSION" && !context.filter.keeps(schema, name))) return;
            target = kind + " " + quoted(name);
        } else {
            if (!context.filter.keeps(schema, name)) return;
            const std::string object = qualified(schema, name);
            if (kind == "COLUMN")
                target = "COLUMN " + object + "." + quoted(row["sub"]);
            else if (kind == "DOMAIN CONSTRAINT")
                target = "CONSTRAINT " + quoted(row["sub"]) + " ON DOMAIN " + object;
            else if (kind == "CONSTRAINT" || kind == "TRIGGER" || kind == "POLICY" || kind == "RULE")
                target = kind + " " + quoted(row["sub"]) + " ON " + object;
            else if (!row.null("arguments"))
                target = kind + " " + object + "(" + row["arguments"] + ")";
            else
                target = kind + " " + object;
        }
        context.script.add(Phase::comment, "COMMENT ON " + target + " IS " + engine::quote_literal(row["description"]));
    });
}

}  // namespace introspect
