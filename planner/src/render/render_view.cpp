// Views and materialized views, together with the functions and raw statements that must come
// after tables (their signatures or bodies name relations): one group in creation order, since
// views may call those functions and those functions may return views' row types.
#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string trimmed_query(const std::string& query) {
    std::size_t end = query.size();
    while (end > 0 && (query[end - 1] == ';' || query[end - 1] == ' ' || query[end - 1] == '\n' ||
                       query[end - 1] == '\t' || query[end - 1] == '\r'))
        --end;
    return query.substr(0, end);
}

// What a function needs at creation: its signature types, and a SQL-standard body (parsed
// then); other bodies are not checked with check_function_bodies off.
std::string function_mentions(const engine::Function& f) {
    std::string text = f.returns ? f.returns->sql() : "";
    for (const auto& arg : f.args) text += " " + arg.type.sql();
    for (const auto& arg : f.returns_table) text += " " + arg.type.sql();
    if (f.sql_standard_body) text += " " + f.body;
    return text;
}

// A view whose query reads the view it replaced: made with that earlier query, then replaced.
std::string view_statement(const engine::View& view) {
    if (!view.replaced_query) return view_sql(view);
    engine::View first = view;
    first.query = *view.replaced_query;
    first.replaced_query.reset();
    first.check_option.reset();
    const std::string sql = view_sql(first);
    return sql + (ends_in_line_comment(sql) ? "\n;\n\n" : ";\n\n") + "CREATE OR REPLACE" + view_sql(view).substr(6);
}

}  // namespace

std::string view_sql(const engine::View& view) {
    std::string sql = "CREATE ";
    if (view.materialized) sql += "MATERIALIZED ";
    if (view.recursive) sql += "RECURSIVE ";
    sql += "VIEW " + view.name.quoted();
    if (!view.columns.empty()) sql += " (" + ident_list(view.columns) + ")";
    if (view.access_method) sql += " USING " + engine::quote_ident(*view.access_method);
    auto options = view.options;
    if (view.check_option) options.erase("check_option");  // said once, below
    if (!options.empty()) sql += " WITH " + options_sql(options);
    if (view.tablespace) sql += " TABLESPACE " + view.tablespace->quoted();
    const std::string query = trimmed_query(view.query);
    sql += " AS\n" + query;
    std::string suffix;
    if (view.check_option) suffix = "WITH " + upper(*view.check_option) + " CHECK OPTION";
    if (view.materialized && !view.with_data) suffix = "WITH NO DATA";
    if (!suffix.empty()) sql += (ends_in_line_comment(query) ? "\n" : " ") + suffix;
    return sql;
}

void render_views_and_bodies(const engine::Catalog& catalog, const CreationOrder& order, const FunctionSplit& split,
                             Statements& out) {
    std::vector<OrderItem> items;
    std::vector<std::string> names;
    std::vector<std::string> texts;
    std::vector<OrderName> labels;
    Statements statements;
    for (const auto& [name, view] : catalog.views) {
        items.push_back({order.find(view_spellings(view)), {}});
        names.push_back(name.name.str());
        texts.push_back(view.query + (view.replaced_query ? "\n" + *view.replaced_query : ""));
        labels.push_back({(view.materialized ? "materialized view " : "view ") + name.quoted(), view.where});
        statements.push_back({view_statement(view), view.search_path});
        statements.back().object = keys::view(view);
    }
    for (const auto& key : split.deferred) {
        const auto& f = catalog.functions.at(key);
        items.push_back({order.find(function_spellings(key, f)), {}});
        names.push_back(f.name.name.str());
        texts.push_back(function_mentions(f));
        labels.push_back({function_label(f), f.where});
        statements.push_back({function_sql(f), f.search_path});
        statements.back().object = keys::function(key, f);
    }
    for (const auto& [key, raw] : catalog.raw_objects) {
        if (raw_placement(catalog, raw) != RawPlacement::late) continue;
        items.push_back({order.find(raw_spellings(raw)), {}});
        names.push_back(raw_base_name(raw));
        texts.push_back(raw.sql);
        labels.push_back({raw_label(raw), raw.where});
        statements.push_back({raw.sql, raw.search_path});
        statements.back().object = keys::raw(raw);
    }
    const ItemsByName by_name = items_by_name(names);
    link_mentions(items, by_name, texts);
    // What a view's query reads must exist before it, wherever a file lists it.
    std::size_t v = 0;
    for (const auto& [name, view] : catalog.views) {
        for (const auto& read : relations_read(view.query))
            if (auto it = by_name.find(read); it != by_name.end())
                for (std::size_t j : it->second)
                    if (j != v) items[v].reads.push_back(j);
        ++v;
    }
    if (!catalog.dependencies.empty()) {
        std::map<std::string, std::size_t> by_identity;
        std::size_t i = 0;
        for (const auto& [name, view] : catalog.views) by_identity.emplace(name.quoted(), i++);
        for (const auto& key : split.deferred) by_identity.emplace(catalog.functions.at(key).signature(), i++);
        link_depends(catalog, items, by_identity);
    }
    for (std::size_t i : creation_sequence(items, [&](std::size_t k) { return labels[k]; }))
        out.push_back(std::move(statements[i]));
    for (const auto& [name, view] : catalog.views)
        for (const auto& [column, value] : view.column_defaults) {
            out.push_back("ALTER VIEW " + name.quoted() + " ALTER COLUMN " + engine::quote_ident(column) +
                          " SET DEFAULT " + expr_sql(value));
            out.back().object = keys::view(view);
        }
}

}  // namespace planner::render
