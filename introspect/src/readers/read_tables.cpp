// CREATE TABLE as pg_dump prints it: columns (inherited ones left to INHERITS), INHERITS,
// PARTITION BY, WITH (…); a partition lists all its columns and is attached to its parent
// with ALTER TABLE … ATTACH PARTITION. Identity, column settings, row level security, replica
// identity and CLUSTER ON follow as ALTER TABLE statements.
#include "../option_lists.hpp"
#include "../text_array.hpp"
#include "table_columns.hpp"
#include "table_constraints.hpp"

namespace introspect {

void read_tables(ReadContext& context) {
    auto columns = read_table_columns(context);
    auto checks = read_table_checks(context);
    const std::string sql =
        "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition, c.reloptions, "
        "c.relrowsecurity, c.relforcerowsecurity, c.relreplident, fs.srvname, ft.ftoptions, "
        "CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey, "
        "CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS bound, "
        "(SELECT pg_catalog.array_agg(pn.nspname ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i "
        " JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace "
        " WHERE i.inhrelid = c.oid) AS parent_schemas, "
        "(SELECT pg_catalog.array_agg(p.relname ORDER BY i.inhseqno) FROM pg_catalog.pg_inherits i "
        " JOIN pg_catalog.pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid) AS parent_names, "
        "(SELECT ic.relname FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid "
        " WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_index, "
        "(SELECT ic.relname FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid "
        " WHERE x.indrelid = c.oid AND x.indisclustered) AS cluster_index "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid "
        "LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver "
        "WHERE c.relkind IN ('r', 'p', 'f') AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY c.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        const std::string name = qualified(row["nspname"], row["relname"]);
        const bool partition = row.flag("relispartition");
        std::vector<std::string> parents;
        if (!row.null("parent_names")) {
            const auto schemas = parse_text_array(row["parent_schemas"]);
            const auto names = parse_text_array(row["parent_names"]);
            for (std::size_t i = 0; i < names.size() && i < schemas.size(); ++i)
                parents.push_back(qualified(schemas[i].value_or(""), names[i].value_or("")));
        }
        std::string body;
        std::vector<std::string> alters;
        for (const auto& column : columns[row["oid"]]) {
            for (const auto& alter : column.alters)
                alters.push_back("ALTER TABLE ONLY " + name + " ALTER COLUMN " + column.name + " " + alter);
            if (!column.local && !partition) continue;
            if (!body.empty()) body += ",\n    ";
            body += column.definition;
        }
        for (const auto& check : checks[row["oid"]]) {
            if (!body.empty()) body += ",\n    ";
            body += check;
        }
        const bool foreign = row["relkind"] == "f";
        std::string statement = std::string("CREATE ") + (row["relpersistence"] == "u" ? "UNLOGGED " : "") +
                                (foreign ? "FOREIGN " : "") + "TABLE " + name + " (\n    " + body + "\n)";
        if (!partition && !parents.empty()) {
            statement += "\nINHERITS (";
            for (std::size_t i = 0; i < parents.size(); ++i) statement += (i ? ", " : "") + parents[i];
            statement += ")";
        }
        if (!row.null("partkey")) statement += "\nPARTITION BY " + row["partkey"];
        if (!row.null("reloptions")) statement += "\nWITH (" + storage_option_list(row["reloptions"]) + ")";
        if (foreign) {
            statement += "\nSERVER " + quoted(row["srvname"]);
            if (!row.null("ftoptions")) statement += "\nOPTIONS (" + fdw_option_list(row["ftoptions"]) + ")";
        }
        context.script.add(Phase::table, statement);
        for (const auto& alter : alters) context.script.add(Phase::table, alter);
        if (partition && !parents.empty())
            context.script.add(Phase::attach_partition,
                               "ALTER TABLE ONLY " + parents.front() + " ATTACH PARTITION " + name + " " + row["bound"]);
        if (row.flag("relrowsecurity"))
            context.script.add(Phase::table_setting, "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY");
        if (row.flag("relforcerowsecurity"))
            context.script.add(Phase::table_setting, "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY");
        const std::string replica = foreign ? "" : row["relreplident"];
        if (replica == "f") context.script.add(Phase::table_setting, "ALTER TABLE ONLY " + name + " REPLICA IDENTITY FULL");
        if (replica == "n")
            context.script.add(Phase::table_setting, "ALTER TABLE ONLY " + name + " REPLICA IDENTITY NOTHING");
        if (replica == "i" && !row.null("replica_index"))
            context.script.add(Phase::table_setting, "ALTER TABLE ONLY " + name + " REPLICA IDENTITY USING INDEX " +
                                                         quoted(row["replica_index"]));
        if (!row.null("cluster_index"))
            context.script.add(Phase::table_setting,
                               "ALTER TABLE " + name + " CLUSTER ON " + quoted(row["cluster_index"]));
    });
}

}  // namespace introspect
