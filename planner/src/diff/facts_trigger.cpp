// Triggers, by table and name.
#include "facts.hpp"

namespace planner::facts {

void collect_triggers(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [key, t] : catalog.triggers) {
        ObjectFacts& o = sink.object(10, "trigger", path_of(key.table) + "." + key.name.quoted(), t.where);
        set(o, "timing", t.timing);
        std::string events;
        for (const auto& e : t.events) events += (events.empty() ? "" : " OR ") + e;
        set(o, "events", events);
        std::string columns;
        for (const auto& c : t.update_columns) columns += (columns.empty() ? "" : ", ") + c.quoted();
        set(o, "update of", columns);
        set(o, "level", t.for_each_row ? "ROW" : "STATEMENT");
        set_expression(o, "when", t.when);
        set(o, "function", path_of(t.function));
        std::string args;
        for (const auto& a : t.function_args) args += (args.empty() ? "" : ", ") + a;
        set(o, "arguments", args);
        set_flag(o, "constraint trigger", t.constraint_trigger);
        set(o, "from", t.from_table ? path_of(*t.from_table) : "");
        set_flag(o, "deferrable", t.deferrable);
        set_flag(o, "initially deferred", t.initially_deferred);
        set(o, "referencing", (t.old_table ? "OLD " + t.old_table->quoted() : "") + (t.new_table ? " NEW " + t.new_table->quoted() : ""));
        set(o, "enabled", t.enabled);
        set_comment(o, t);
    }
}

}  // namespace planner::facts
