// Functions and procedures, as pg_get_functiondef prints them, with what they depend on:
// functions (BEGIN ATOMIC bodies record such edges) and views whose row types they name.
#include "../text_array.hpp"
#include "reader.hpp"

namespace introspect {

void read_functions(ReadContext& context) {
    // Functions that a type created implicitly (range and multirange constructors) depend on it
    // with deptype 'i' and are left out, as pg_dump does.
    const std::string sql =
        "SELECT p.oid, n.nspname, p.proname, pg_catalog.pg_get_functiondef(p.oid) AS definition, "
        // What it uses: other functions, and the relations whose row types (or arrays of them) it names.
        "(SELECT pg_catalog.array_agg(CASE WHEN d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
        " THEN d.refobjid ELSE COALESCE(NULLIF(t.typrelid, 0), e.typrelid) END) "
        " FROM pg_catalog.pg_depend d LEFT JOIN pg_catalog.pg_type t ON d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass "
        " AND t.oid = d.refobjid LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem "
        " WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.deptype = 'n' "
        " AND d.refclassid IN ('pg_catalog.pg_proc'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass)) AS uses "
        "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind <> 'a' AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_proc", "p.oid") +
        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
        "AND i.objid = p.oid AND i.deptype = 'i') ORDER BY p.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["proname"])) return;
        std::string definition = row["definition"];
        while (!definition.empty() && (definition.back() == '\n' || definition.back() == ' ')) definition.pop_back();
        BodyObject& body = context.bodies[row["oid"]];
        body.statement = std::move(definition);
        if (!row.null("uses"))
            for (const auto& oid : parse_text_array(row["uses"]))
                if (oid) body.uses.insert(*oid);
    });
}

}  // namespace introspect
