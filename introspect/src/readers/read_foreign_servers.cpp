// Foreign servers and user mappings (foreign tables are read with the tables). Mappings come
// from the pg_user_mappings view, which any role may read (pg_user_mapping is superuser-only).
#include "../option_lists.hpp"
#include "reader.hpp"

namespace introspect {

void read_foreign_servers(ReadContext& context) {
    const std::string sql =
        "SELECT s.srvname, w.fdwname, s.srvtype, s.srvversion, s.srvoptions, "
        "(SELECT pg_catalog.array_agg(CASE WHEN u.umuser = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(u.umuser) END "
        " ORDER BY u.umuser) FROM pg_catalog.pg_user_mappings u WHERE u.srvid = s.oid) AS mapped_roles "
        "FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE " +
        sql::not_extension_member("pg_foreign_server", "s.oid") + " ORDER BY s.oid";
    for_each_row(context, sql, [&](const Row& row) {
        std::string statement = "CREATE SERVER " + quoted(row["srvname"]);
        if (!row.null("srvtype")) statement += " TYPE " + engine::quote_literal(row["srvtype"]);
        if (!row.null("srvversion")) statement += " VERSION " + engine::quote_literal(row["srvversion"]);
        statement += " FOREIGN DATA WRAPPER " + quoted(row["fdwname"]);
        if (!row.null("srvoptions")) statement += " OPTIONS (" + fdw_option_list(row["srvoptions"]) + ")";
        context.script.add(Phase::extension, statement);
        if (row.null("mapped_roles")) return;
        // User mappings carry options such as passwords: they are read without their options.
        for (const auto& role : role_names(row["mapped_roles"]))
            context.script.add(Phase::extension, "CREATE USER MAPPING FOR " + role + " SERVER " + quoted(row["srvname"]));
    });
}

}  // namespace introspect
