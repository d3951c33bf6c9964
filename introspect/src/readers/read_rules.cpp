// Rules other than a view's _RETURN rule, as pg_get_ruledef prints them.
#include "reader.hpp"

namespace introspect {

void read_rules(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, c.relname, pg_catalog.pg_get_ruledef(r.oid) AS definition "
        "FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE r.rulename <> '_RETURN' AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") +
        " ORDER BY c.oid, r.rulename COLLATE \"C\"";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        std::string definition = row["definition"];
        while (!definition.empty() && (definition.back() == ';' || definition.back() == '\n')) definition.pop_back();
        context.script.add(Phase::rule, definition);
    });
}

}  // namespace introspect
