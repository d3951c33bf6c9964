// CREATE SEQUENCE with every option spelled out, and OWNED BY. Identity sequences come with
// their column (read_tables).
#include "reader.hpp"

namespace introspect {

void read_sequences(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, c.relname, c.relpersistence, pg_catalog.format_type(s.seqtypid, NULL) AS type, "
        "s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, "
        "tn.nspname AS owner_schema, t.relname AS owner_table, a.attname AS owner_column "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid "
        "LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid "
        "AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i') "
        "LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid "
        "LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace "
        "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
        "WHERE c.relkind = 'S' AND (d.deptype IS NULL OR d.deptype = 'a') AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        const std::string name = qualified(row["nspname"], row["relname"]);
        std::string statement = std::string("CREATE ") + (row["relpersistence"] == "u" ? "UNLOGGED " : "") +
                                "SEQUENCE " + name + " AS " + row["type"] + " START WITH " + row["seqstart"] +
                                " INCREMENT BY " + row["seqincrement"] + " MINVALUE " + row["seqmin"] +
                                " MAXVALUE " + row["seqmax"] + " CACHE " + row["seqcache"];
        if (row.flag("seqcycle")) statement += " CYCLE";
        context.script.add(Phase::sequence, statement);
        if (!row.null("owner_table") && context.filter.keeps(row["owner_schema"], row["owner_table"]))
            context.script.add(Phase::table_setting, "ALTER SEQUENCE " + name + " OWNED BY " +
                                                         qualified(row["owner_schema"], row["owner_table"]) + "." +
                                                         quoted(row["owner_column"]));
    });
}

}  // namespace introspect
