// Schemas and extensions.
#include "reader.hpp"

namespace introspect {

void read_schemas(ReadContext& context) {
    bool has_public = false;
    for_each_row(context,
                 "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " + sql::user_schema() + " AND " +
                     sql::not_extension_member("pg_namespace", "n.oid") + " ORDER BY n.nspname COLLATE \"C\"",
                 [&](const Row& row) {
                     const std::string name = row["nspname"];
                     // IF NOT EXISTS: the output loads whether or not the target still has public.
                     if (name == "public") has_public = true;
                     if (context.filter.keeps_schema(name))
                         context.script.add(Phase::schema, std::string("CREATE SCHEMA ") +
                                                               (name == "public" ? "IF NOT EXISTS " : "") + quoted(name));
                 });
    // An empty database has public; say so when this one does not.
    if (!has_public) context.script.add(Phase::schema, "DROP SCHEMA public");
}

void read_extensions(ReadContext& context) {
    for_each_row(context,
                 "SELECT e.extname, n.nspname, e.extversion FROM pg_catalog.pg_extension e "
                 "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                 "WHERE e.extname <> 'plpgsql' ORDER BY e.extname COLLATE \"C\"",
                 [&](const Row& row) {
                     if (!context.filter.keeps(row["nspname"], row["extname"])) return;
                     context.script.add(Phase::extension, "CREATE EXTENSION IF NOT EXISTS " + quoted(row["extname"]) +
                                                              " WITH SCHEMA " + quoted(row["nspname"]) + " VERSION " +
                                                              engine::quote_literal(row["extversion"]));
                 });
}

}  // namespace introspect
