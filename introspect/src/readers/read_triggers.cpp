// Triggers as pg_get_triggerdef prints them, then their enabled state. Internal triggers
// (foreign keys) and the clones a partition received from its parent's trigger are left out.
#include "reader.hpp"

namespace introspect {

void read_triggers(ReadContext& context) {
    const std::string clone = context.server_version >= 130000 ? " AND t.tgparentid = 0" : "";
    const std::string sql =
        "SELECT n.nspname, c.relname, t.tgname, t.tgenabled, pg_catalog.pg_get_triggerdef(t.oid) AS definition "
        "FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal" +
        clone + " AND " + sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") +
        " ORDER BY c.oid, t.tgname COLLATE \"C\"";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        context.script.add(Phase::trigger, row["definition"]);
        const std::string enabled = row["tgenabled"];
        const std::string toggle = enabled == "D" ? "DISABLE" : enabled == "R" ? "ENABLE REPLICA" : enabled == "A" ? "ENABLE ALWAYS" : "";
        if (!toggle.empty())
            context.script.add(Phase::trigger, "ALTER TABLE " + qualified(row["nspname"], row["relname"]) + " " + toggle +
                                                   " TRIGGER " + quoted(row["tgname"]));
    });
}

}  // namespace introspect
