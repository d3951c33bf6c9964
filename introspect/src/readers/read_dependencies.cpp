// The dependency edges the planner orders by, from pg_depend, in one query: a view's query on the
// tables, columns, views and functions it reads (through its _RETURN rule); functions called by
// column defaults, constraints, policies and triggers; sequences a default calls nextval on;
// tables and functions a SQL-standard body or a policy reads; sequences owned by a column
// (serial, identity). Edges to built-in objects (oid < 16384) are left out. Both ends are named
// as pg_identify_object names them.
#include "reader.hpp"

namespace introspect {

void read_dependencies(ReadContext& context) {
    const std::string sql = std::string(R"SQL(
WITH edges AS (
  SELECT d.refclassid, d.refobjid, d.refobjsubid,
    CASE d.classid
      WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN 'view query'
      WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN 'column default'
      WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN 'constraint'
      WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass THEN 'policy'
      WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass THEN 'trigger'
      WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN 'function body'
      ELSE 'owned sequence' END AS reason,
    -- The dependent as users know it: a view for its rule, a column for its default.
    CASE WHEN r.oid IS NOT NULL OR ad.oid IS NOT NULL THEN 'pg_catalog.pg_class'::pg_catalog.regclass
      ELSE d.classid END AS dep_class,
    COALESCE(r.ev_class, ad.adrelid, d.objid) AS dep_objid,
    COALESCE(ad.adnum, 0) AS dep_subid,
    -- The relation, type or function it belongs to: what the schema filters apply to.
    CASE WHEN co.contypid <> 0 THEN 'pg_catalog.pg_type'::pg_catalog.regclass
      WHEN d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN d.classid
      ELSE 'pg_catalog.pg_class'::pg_catalog.regclass END AS base_class,
    COALESCE(r.ev_class, ad.adrelid, NULLIF(co.conrelid, 0), co.contypid, po.polrelid, tg.tgrelid, d.objid) AS base_objid
  FROM pg_catalog.pg_depend d
  LEFT JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND r.oid = d.objid
  LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid
  LEFT JOIN pg_catalog.pg_constraint co ON d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND co.oid = d.objid
  LEFT JOIN pg_catalog.pg_policy po ON d.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND po.oid = d.objid
  LEFT JOIN pg_catalog.pg_trigger tg ON d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = d.objid
  -- As int8, so that the planner filters while scanning rather than building a bitmap over the
  -- reference index for nearly all of pg_depend (half this query's time on GitLab's schema).
  WHERE d.refobjid::pg_catalog.int8 >= 16384 AND (
    (r.rulename = '_RETURN' AND d.deptype = 'n' AND d.refobjid <> r.ev_class
     AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass))
    OR (d.deptype = 'n' AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
        AND d.classid IN ('pg_catalog.pg_attrdef'::pg_catalog.regclass, 'pg_catalog.pg_constraint'::pg_catalog.regclass,
                          'pg_catalog.pg_policy'::pg_catalog.regclass, 'pg_catalog.pg_trigger'::pg_catalog.regclass,
                          'pg_catalog.pg_proc'::pg_catalog.regclass))
    OR (d.deptype = 'n' AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND d.classid IN ('pg_catalog.pg_attrdef'::pg_catalog.regclass, 'pg_catalog.pg_policy'::pg_catalog.regclass,
                          'pg_catalog.pg_proc'::pg_catalog.regclass))
    OR (d.deptype IN ('a', 'i') AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
        AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
        AND EXISTS (SELECT 1 FROM pg_catalog.pg_class s WHERE s.oid = d.objid AND s.relkind = 'S'))
  )
)
SELECT DISTINCT dep.type AS dep_kind, dep.identity AS dep_identity, ref.type AS ref_kind, ref.identity AS ref_identity,
  e.reason, base.schema AS base_schema,
  COALESCE(base.name, (SELECT p.proname FROM pg_catalog.pg_proc p
                       WHERE e.base_class = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = e.base_objid)) AS base_name
FROM edges e
CROSS JOIN LATERAL pg_catalog.pg_identify_object(e.dep_class, e.dep_objid, e.dep_subid) dep
CROSS JOIN LATERAL pg_catalog.pg_identify_object(e.refclassid, e.refobjid, e.refobjsubid) ref
CROSS JOIN LATERAL pg_catalog.pg_identify_object(e.base_class, e.base_objid, 0) base
WHERE base.schema !~ '^pg_' AND base.schema <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = e.base_class AND x.objid = e.base_objid
                  AND x.deptype = 'e')
ORDER BY 1, 2, 3, 4, 5
)SQL");
    for_each_row(context, sql, [&](const Row& row) {
        if (row.null("dep_identity") || row.null("ref_identity")) return;
        if (!context.filter.keeps(row["base_schema"], row.null("base_name") ? "" : row["base_name"])) return;
        context.dependencies.insert({{row["dep_kind"], row["dep_identity"]}, {row["ref_kind"], row["ref_identity"]}, row["reason"]});
    });
}

}  // namespace introspect
