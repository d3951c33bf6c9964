// CREATE COLLATION, as pg_dump prints it.
#include "reader.hpp"

namespace introspect {

void read_collations(ReadContext& context) {
    const bool icu_locale_column = context.server_version >= 150000;  // colliculocale
    const std::string sql =
        "SELECT n.nspname, c.collname, c.collprovider, c.collisdeterministic, c.collcollate, c.collctype, " +
        std::string(icu_locale_column ? "c.colliculocale" : "NULL::text AS colliculocale") +
        " FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace WHERE " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_collation", "c.oid") + " ORDER BY c.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["collname"])) return;
        const std::string provider = row["collprovider"];
        std::string options = "provider = ";
        options += provider == "i" ? "icu" : provider == "c" ? "libc" : "default";
        if (!row.flag("collisdeterministic")) options += ", deterministic = false";
        if (provider == "i") {
            const std::string locale = row.null("colliculocale") ? row["collcollate"] : row["colliculocale"];
            options += ", locale = " + engine::quote_literal(locale);
        } else if (row["collcollate"] == row["collctype"]) {
            options += ", locale = " + engine::quote_literal(row["collcollate"]);
        } else {
            options += ", lc_collate = " + engine::quote_literal(row["collcollate"]) +
                       ", lc_ctype = " + engine::quote_literal(row["collctype"]);
        }
        context.script.add(Phase::collation,
                           "CREATE COLLATION " + qualified(row["nspname"], row["collname"]) + " (" + options + ")");
    });
}

}  // namespace introspect
