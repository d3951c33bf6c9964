// User-defined casts (CREATE CAST), as pg_dump prints them. Built-in casts have oids below
// FirstNormalObjectId (16384); casts an extension created are its members.
#include "reader.hpp"

namespace introspect {

void read_casts(ReadContext& context) {
    const std::string sql =
        "SELECT pg_catalog.format_type(c.castsource, NULL) AS source, pg_catalog.format_type(c.casttarget, NULL) AS target, "
        "c.castmethod, c.castcontext, "
        "CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text END AS function "
        "FROM pg_catalog.pg_cast c WHERE c.oid >= 16384 AND " +
        sql::not_extension_member("pg_cast", "c.oid") +
        // Casts CREATE TYPE … AS RANGE made for its multirange depend on the type internally.
        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass "
        "AND i.objid = c.oid AND i.deptype = 'i') ORDER BY c.oid";
    for_each_row(context, sql, [&](const Row& row) {
        std::string statement = "CREATE CAST (" + row["source"] + " AS " + row["target"] + ")";
        const std::string method = row["castmethod"];
        if (method == "f" && !row.null("function"))
            statement += " WITH FUNCTION " + row["function"];
        else if (method == "i")
            statement += " WITH INOUT";
        else
            statement += " WITHOUT FUNCTION";
        const std::string context_code = row["castcontext"];
        if (context_code == "a") statement += " AS ASSIGNMENT";
        if (context_code == "i") statement += " AS IMPLICIT";
        context.script.add(Phase::function, statement);
    });
}

}  // namespace introspect
