// Row level security policies: permissive or restrictive, command, roles, USING and WITH CHECK.
#include "reader.hpp"

namespace introspect {

void read_policies(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd, "
        "pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr, "
        "pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr, "
        "(SELECT pg_catalog.array_agg(CASE WHEN r = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(r) END "
        " ORDER BY pg_catalog.pg_get_userbyid(r) COLLATE \"C\") FROM pg_catalog.unnest(p.polroles) r) AS roles "
        "FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") +
        " ORDER BY c.oid, p.polname COLLATE \"C\"";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        std::string statement = "CREATE POLICY " + quoted(row["polname"]) + " ON " + qualified(row["nspname"], row["relname"]);
        if (!row.flag("polpermissive")) statement += " AS RESTRICTIVE";
        const std::string cmd = row["polcmd"];
        statement += std::string(" FOR ") +
                     (cmd == "r" ? "SELECT" : cmd == "a" ? "INSERT" : cmd == "w" ? "UPDATE" : cmd == "d" ? "DELETE" : "ALL");
        std::string roles;
        if (!row.null("roles"))
            for (const auto& role : role_names(row["roles"])) roles += (roles.empty() ? "" : ", ") + role;
        if (!roles.empty()) statement += " TO " + roles;
        if (!row.null("using_expr")) statement += " USING (" + row["using_expr"] + ")";
        if (!row.null("check_expr")) statement += " WITH CHECK (" + row["check_expr"] + ")";
        context.script.add(Phase::policy, statement);
    });
}

}  // namespace introspect
