// Views and materialized views, with what they read (edges from the _RETURN rule in pg_depend:
// other views, functions). Check options and other reloptions as pg_dump
// writes them; materialized views WITH NO DATA.
#include "../option_lists.hpp"
#include "../text_array.hpp"
#include "reader.hpp"

namespace introspect {

void read_views(ReadContext& context) {
    const std::string sql =
        "SELECT c.oid, n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid) AS query, "
        "(SELECT pg_catalog.array_agg(o) FROM pg_catalog.unnest(c.reloptions) o WHERE o !~ '^check_option=') AS options, "
        "(SELECT pg_catalog.substr(o, 14) FROM pg_catalog.unnest(c.reloptions) o WHERE o ~ '^check_option=') AS check_option, "
        "(SELECT pg_catalog.array_agg(DISTINCT d.refobjid) FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_depend d "
        " ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid "
        " AND d.refclassid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass) "
        " WHERE r.ev_class = c.oid AND d.refobjid <> c.oid) AS uses, "
        // A view that reads itself (CREATE OR REPLACE VIEW v AS TABLE v) is created as a stub of
        // its columns first, as pg_dump does.
        "EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_depend d "
        " ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid "
        " WHERE r.ev_class = c.oid AND d.refobjid = c.oid AND d.deptype = 'n') AS reads_itself, "
        "(SELECT pg_catalog.array_agg(a.attname ORDER BY a.attnum) FROM pg_catalog.pg_attribute a "
        " WHERE a.attrelid = c.oid AND a.attnum > 0) AS column_names, "
        "(SELECT pg_catalog.array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) "
        " FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0) AS column_types, "
        // Column defaults a view was given with ALTER VIEW … ALTER COLUMN … SET DEFAULT.
        "(SELECT pg_catalog.array_agg(a.attname ORDER BY a.attnum) FROM pg_catalog.pg_attrdef ad "
        " JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum WHERE ad.adrelid = c.oid) "
        " AS default_columns, "
        "(SELECT pg_catalog.array_agg(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) ORDER BY ad.adnum) "
        " FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = c.oid) AS defaults "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('v', 'm') AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        const bool materialized = row["relkind"] == "m";
        std::string query = row["query"];
        while (!query.empty() && (query.back() == ';' || query.back() == '\n' || query.back() == ' ')) query.pop_back();
        std::string statement = std::string("CREATE ") + (materialized ? "MATERIALIZED " : "") + "VIEW " +
                                qualified(row["nspname"], row["relname"]);
        if (!row.null("options")) statement += " WITH (" + storage_option_list(row["options"]) + ")";
        statement += " AS\n" + query;
        if (materialized) statement += "\n  WITH NO DATA";
        if (!row.null("check_option"))
            statement += std::string("\n  WITH ") + (row["check_option"] == "cascaded" ? "CASCADED" : "LOCAL") +
                         " CHECK OPTION";
        if (row.flag("reads_itself") && !materialized) {
            const auto names = parse_text_array(row["column_names"]);
            const auto types = parse_text_array(row["column_types"]);
            std::string stub;
            for (std::size_t i = 0; i < names.size() && i < types.size(); ++i)
                stub += std::string(i ? ", " : "") + "NULL::" + types[i].value_or("") + " AS " + quoted(names[i].value_or(""));
            statement = "CREATE VIEW " + qualified(row["nspname"], row["relname"]) + " AS\n SELECT " + stub + ";\n" +
                        "CREATE OR REPLACE" + statement.substr(6);
        }
        if (!row.null("default_columns")) {
            const auto columns = parse_text_array(row["default_columns"]);
            const auto defaults = parse_text_array(row["defaults"]);
            for (std::size_t i = 0; i < columns.size() && i < defaults.size(); ++i)
                context.script.add(Phase::table_setting, "ALTER VIEW " + qualified(row["nspname"], row["relname"]) +
                                                             " ALTER COLUMN " + quoted(columns[i].value_or("")) +
                                                             " SET DEFAULT " + defaults[i].value_or(""));
        }
        BodyObject& body = context.bodies[row["oid"]];
        body.statement = std::move(statement);
        body.view = true;
        if (!row.null("uses"))
            for (const auto& oid : parse_text_array(row["uses"]))
                if (oid) body.uses.insert(*oid);
    });
}

}  // namespace introspect
