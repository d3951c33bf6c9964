// Triggers (after tables, views and functions), with their enabled state as pg_dump sets it.
#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string events_sql(const engine::Trigger& t) {
    std::string sql;
    for (const auto& event : t.events) {
        sql += (sql.empty() ? "" : " OR ") + upper(event);
        if (upper(event) == "UPDATE" && !t.update_columns.empty()) sql += " OF " + ident_list(t.update_columns);
    }
    return sql;
}

}  // namespace

std::string trigger_sql(const engine::Trigger& t) {
    std::string sql = std::string("CREATE ") + (t.constraint_trigger ? "CONSTRAINT " : "") + "TRIGGER " +
                      t.name.quoted() + " " + upper(t.timing) + " " + events_sql(t) + " ON " + t.table.quoted();
    if (t.from_table) sql += " FROM " + t.from_table->quoted();
    if (t.constraint_trigger) {
        sql += t.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
        sql += t.initially_deferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE";
    }
    if (t.old_table || t.new_table) {
        sql += " REFERENCING";
        if (t.old_table) sql += " OLD TABLE AS " + t.old_table->quoted();
        if (t.new_table) sql += " NEW TABLE AS " + t.new_table->quoted();
    }
    sql += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
    if (t.when) sql += " WHEN (" + expr_sql(*t.when) + ")";
    // Trigger arguments are strings to PostgreSQL whatever their spelling; pg_dump quotes them all.
    std::string args;
    for (const auto& arg : t.function_args) args += (args.empty() ? "" : ", ") + engine::quote_literal(arg);
    return sql + " EXECUTE FUNCTION " + t.function.quoted() + "(" + args + ")";
}

void render_triggers(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [key, trigger] : catalog.triggers) {
        const std::size_t first = out.size();
        out.push_back({trigger_sql(trigger), trigger.search_path});
        // Views have no ALTER VIEW … TRIGGER; ALTER TABLE accepts them.
        const std::string alter = "ALTER TABLE " + trigger.table.quoted();
        const std::string name = trigger.name.quoted();
        if (trigger.enabled == "D") out.push_back(alter + " DISABLE TRIGGER " + name);
        if (trigger.enabled == "R") out.push_back(alter + " ENABLE REPLICA TRIGGER " + name);
        if (trigger.enabled == "A") out.push_back(alter + " ENABLE ALWAYS TRIGGER " + name);
        tag_from(out, first, keys::trigger(key.table, key.name));
    }
}

}  // namespace planner::render
