// Views and materialized views. The query is compared as squeezed text: exact when both sides
// were deparsed by the same server (drift normalises the desired query there first), otherwise
// approximate, and the change set says so.
#include "facts.hpp"

namespace planner::facts {

void collect_views(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [name, view] : catalog.views) {
        ObjectFacts& o = sink.object(8, view.materialized ? "materialized view" : "view", path_of(name), view.where);
        std::string query = view.query;
        while (!query.empty() && (query.back() == ';' || query.back() == ' ' || query.back() == '\n')) query.pop_back();
        set(o, "query", squeezed_sql(query), query);
        std::string columns;
        for (const auto& c : view.columns) columns += (columns.empty() ? "" : ", ") + c.quoted();
        set(o, "columns", columns);
        set(o, "options", options_text(view.options));
        set(o, "check option", view.check_option.value_or(""));
        std::string defaults_key, defaults_shown;
        for (const auto& [column, e] : view.column_defaults) {
            defaults_key += column + ":" + expression_key(e) + ";";
            defaults_shown += (defaults_shown.empty() ? "" : ", ") + column + " DEFAULT " + e.text;
        }
        set(o, "column defaults", defaults_key, defaults_shown);
        std::string comments;
        for (const auto& [column, text] : view.column_comments) comments += column + ":" + engine::quote_literal(text) + " ";
        set(o, "column comments", comments);
        set_comment(o, view);
    }
}

}  // namespace planner::facts
