// Every column of every table in one query: type, collation, default or generation expression,
// NOT NULL, identity with its sequence's options, and the per-column settings pg_dump writes as
// ALTER COLUMN (statistics, storage, compression, options).
#include "../option_lists.hpp"
#include "table_columns.hpp"

namespace introspect {

std::map<std::string, std::vector<ColumnRead>> read_table_columns(ReadContext& context) {
    const bool has_compression = context.server_version >= 140000;
    const std::string sql =
        "SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, "
        // A default cannot name a column, so it is deparsed without the table's context (which
        // pg_get_expr would build for every call: three quarters of this query's time on GitLab's
        // schema); a generated column's expression names columns and needs it.
        "pg_catalog.pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0::pg_catalog.oid ELSE ad.adrelid END) "
        "AS default_expr, a.attidentity, a.attgenerated, a.attislocal, " +
        sql::collation_columns("a.attcollation <> t.typcollation") + ", "
        "a.attstattarget, a.attstorage, t.typstorage, " +
        std::string(has_compression ? "a.attcompression" : "''::\"char\" AS attcompression") +
        ", (SELECT pg_catalog.array_agg(o) FROM pg_catalog.unnest(a.attoptions) o WHERE o !~ '^pg_') AS options, "
        "sn.nspname AS seqschema, sc.relname AS seqname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, "
        "s.seqcycle, a.attfdwoptions "
        "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum" +
        sql::collation_join("a.attcollation") +
        "LEFT JOIN pg_catalog.pg_depend d ON a.attidentity <> '' AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass "
        "AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass "
        "AND d.deptype = 'i' "
        "LEFT JOIN pg_catalog.pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S' "
        "LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace "
        "LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = sc.oid "
        "WHERE c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND (d.objid IS NULL OR sc.oid IS NOT NULL) AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY a.attrelid, a.attnum";
    std::map<std::string, std::vector<ColumnRead>> columns;
    for_each_row(context, sql, [&](const Row& row) {
        ColumnRead column;
        column.name = quoted(row["attname"]);
        column.local = row.flag("attislocal");
        std::string& def = column.definition;
        def = column.name + " " + row["type"];
        if (!row.null("attfdwoptions")) def += " OPTIONS (" + fdw_option_list(row["attfdwoptions"]) + ")";
        def += collate_clause(row);
        if (row["attgenerated"] == "s")
            def += " GENERATED ALWAYS AS (" + row["default_expr"] + ") STORED";
        else if (!row.null("default_expr"))
            def += " DEFAULT " + row["default_expr"];
        if (row.flag("attnotnull")) def += " NOT NULL";
        const std::string identity = row["attidentity"];
        if (!identity.empty() && !row.null("seqname")) {
            std::string options = "SEQUENCE NAME " + qualified(row["seqschema"], row["seqname"]) + " START WITH " +
                                  row["seqstart"] + " INCREMENT BY " + row["seqincrement"] + " MINVALUE " +
                                  row["seqmin"] + " MAXVALUE " + row["seqmax"] + " CACHE " + row["seqcache"];
            if (row.flag("seqcycle")) options += " CYCLE";
            column.alters.push_back("ADD GENERATED " + std::string(identity == "a" ? "ALWAYS" : "BY DEFAULT") +
                                    " AS IDENTITY (" + options + ")");
        }
        const std::string statistics = row["attstattarget"];
        if (statistics != "-1" && !statistics.empty()) column.alters.push_back("SET STATISTICS " + statistics);
        if (row["attstorage"] != row["typstorage"]) {
            const std::string s = row["attstorage"];
            column.alters.push_back(std::string("SET STORAGE ") +
                                    (s == "p" ? "PLAIN" : s == "e" ? "EXTERNAL" : s == "m" ? "MAIN" : "EXTENDED"));
        }
        const std::string compression = row["attcompression"];
        if (compression == "p") column.alters.push_back("SET COMPRESSION pglz");
        if (compression == "l") column.alters.push_back("SET COMPRESSION lz4");
        if (!row.null("options")) column.alters.push_back("SET (" + storage_option_list(row["options"]) + ")");
        columns[row["attrelid"]].push_back(std::move(column));
    });
    return columns;
}

}  // namespace introspect
