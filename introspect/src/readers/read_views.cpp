// Views and materialized views, in an order where each comes after the views it reads
// (edges from its _RETURN rule in pg_depend). Check options and other reloptions as pg_dump
// writes them; materialized views WITH NO DATA.
#include "../option_lists.hpp"
#include "../text_array.hpp"
#include "dependency_order.hpp"
#include "reader.hpp"

namespace introspect {

void read_views(ReadContext& context) {
    const std::string sql =
        "SELECT c.oid, n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid) AS query, "
        "(SELECT pg_catalog.array_agg(o) FROM pg_catalog.unnest(c.reloptions) o WHERE o !~ '^check_option=') AS options, "
        "(SELECT pg_catalog.substr(o, 14) FROM pg_catalog.unnest(c.reloptions) o WHERE o ~ '^check_option=') AS check_option, "
        "(SELECT pg_catalog.array_agg(DISTINCT d.refobjid) FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_depend d "
        " ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid "
        " AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass "
        " WHERE r.ev_class = c.oid AND d.refobjid <> c.oid) AS uses "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('v', 'm') AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid";
    std::map<std::string, std::string> statements;
    std::map<std::string, std::set<std::string>> depends_on;
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
        statements[row["oid"]] = std::move(statement);
        auto& uses = depends_on[row["oid"]];
        if (!row.null("uses"))
            for (const auto& oid : parse_text_array(row["uses"]))
                if (oid) uses.insert(*oid);
    });
    for (const auto& oid : dependency_order(depends_on)) context.script.add(Phase::view, statements[oid]);
}

}  // namespace introspect
