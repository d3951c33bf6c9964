#pragma once
// Lets the live server settle desired expressions the canonicaliser cannot: the casts PostgreSQL
// adds (CHECK (id < buzz) on integer and double precision is stored as
// ((id)::double precision < buzz)), typed literals it folds, and SQL-standard function bodies
// (RETURN a + b is stored as RETURN (a + b)); index definitions (a default operator class
// written out, VARIADIC calls) and rules. As normalize_view_queries does for views: in one
// transaction that is always rolled back, a TEMP TABLE with the desired columns, checks and
// policies, a function in pg_temp, an index or a rule on a TEMP copy of its table, is created and
// deparsed as the catalog deparses the live object. Nothing is left behind; any role with the default TEMP privilege can do it. Objects the
// server refuses are left as they are (the difference stays reported).
#include <functional>
#include <set>
#include <string>

#include "engine/model/catalog.hpp"
#include "introspect/connection.hpp"

namespace introspect {

// `paths`: the diff paths that differ (public.t.c, public.t.t_check, public.t.p, public.f(integer),
// public.idx, rule r on t). Tables with a column, check or policy among them are probed; so are
// functions among them with a SQL-standard body and indexes among them, created from
// `catalog_sql` (the renderer's SQL for a catalog of that one object); and every rule, if a rule
// is among them.
void normalize_expressions(Connection& connection, engine::Catalog& desired, const std::set<std::string>& paths,
                           const std::function<std::string(const engine::Catalog&)>& catalog_sql);

}  // namespace introspect
