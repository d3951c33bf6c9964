// Functions and procedures. With check_function_bodies off only signatures must resolve at
// creation time, so most functions go before tables; the ones whose signature uses a table's
// row type, or whose SQL-standard body (parsed at creation) mentions a relation, go after.
#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string arg_sql(const engine::FunctionArg& arg) {
    std::string sql;
    switch (arg.mode) {
        case engine::ArgMode::in: break;
        case engine::ArgMode::out: sql = "OUT "; break;
        case engine::ArgMode::inout: sql = "INOUT "; break;
        case engine::ArgMode::variadic: sql = "VARIADIC "; break;
    }
    if (!arg.name.empty()) sql += arg.name.quoted() + " ";
    sql += arg.type.sql();
    if (arg.default_value) sql += " DEFAULT " + expr_sql(*arg.default_value);
    return sql;
}

std::string args_sql(const std::vector<engine::FunctionArg>& args) {
    std::string sql;
    for (const auto& arg : args) sql += (sql.empty() ? "" : ", ") + arg_sql(arg);
    return sql;
}

std::string returns_sql(const engine::Function& f) {
    if (f.is_procedure) return "";
    if (!f.returns_table.empty()) {
        // TABLE columns are written without a mode, though the model may record them as OUT.
        std::vector<engine::FunctionArg> columns = f.returns_table;
        for (auto& column : columns) column.mode = engine::ArgMode::in;
        return " RETURNS TABLE(" + args_sql(columns) + ")";
    }
    if (!f.returns) return "";  // OUT arguments define the result
    return std::string(" RETURNS ") + (f.returns_set ? "SETOF " : "") + f.returns->sql();
}

// Configuration names are identifiers, possibly dotted (app.tenant).
std::string config_name_sql(const std::string& name) {
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
            return engine::quote_ident(name);
    return name;
}

std::string attributes_sql(const engine::Function& f) {
    std::string sql = "LANGUAGE " + engine::quote_ident(f.language);
    for (std::size_t i = 0; i < f.transforms.size(); ++i)
        sql += (i ? ", FOR TYPE " : " TRANSFORM FOR TYPE ") + f.transforms[i];
    if (!f.is_procedure) {
        if (f.volatility != "volatile") sql += " " + upper(f.volatility);
        if (f.strict) sql += " STRICT";
    }
    if (f.security_definer) sql += " SECURITY DEFINER";
    if (!f.is_procedure) {
        if (f.leakproof) sql += " LEAKPROOF";
        if (f.parallel != "unsafe") sql += " PARALLEL " + upper(f.parallel);
        if (f.cost) sql += fmt::format(" COST {}", *f.cost);
        if (f.rows) sql += fmt::format(" ROWS {}", *f.rows);
        if (f.support) sql += " SUPPORT " + *f.support;
    }
    for (const auto& [name, value] : f.set_config) {
        if (upper(value) == "FROM CURRENT")
            sql += "\n    SET " + config_name_sql(name) + " FROM CURRENT";
        else
            sql += "\n    SET " + config_name_sql(name) + " TO " + value;
    }
    return sql;
}

std::string body_sql(const engine::Function& f) {
    if (f.sql_standard_body) return f.body;  // BEGIN ATOMIC … END / RETURN …, verbatim
    if (f.link_symbol) return "AS " + engine::quote_literal(f.body) + ", " + engine::quote_literal(*f.link_symbol);
    return "AS " + dollar_quote(f.body);
}

bool mentions_any(const std::string& text, const std::set<std::string>& names) {
    for (const auto& word : words_of(text))
        if (names.count(word)) return true;
    return false;
}

}  // namespace

std::string function_label(const engine::Function& f) {
    return (f.is_procedure ? "procedure " : "function ") + f.signature();
}

std::string function_sql(const engine::Function& f) {
    return fmt::format("CREATE {} {}({}){}\n    {}\n    {}", f.is_procedure ? "PROCEDURE" : "FUNCTION",
                       f.name.quoted(), args_sql(f.args), returns_sql(f), attributes_sql(f), body_sql(f));
}

FunctionSplit split_functions(const engine::Catalog& catalog) {
    std::set<std::string> relations;
    for (const auto& [name, table] : catalog.tables) relations.insert(name.name.str());
    for (const auto& [name, view] : catalog.views) relations.insert(name.name.str());
    for (const auto& [name, domain] : catalog.domains)
        if (domain_over_rowtype(catalog, domain)) relations.insert(name.name.str());
    std::set<std::string> sequences;
    for (const auto& [name, sequence] : catalog.sequences) sequences.insert(name.name.str());

    std::map<std::string, bool> deferred;
    for (const auto& [key, f] : catalog.functions) {
        std::string signature_types = f.returns ? f.returns->sql() : "";
        for (const auto& arg : f.args) signature_types += " " + arg.type.sql();
        for (const auto& arg : f.returns_table) signature_types += " " + arg.type.sql();
        deferred[key] = mentions_any(signature_types, relations) ||
                        (f.sql_standard_body && (mentions_any(f.body, relations) || mentions_any(f.body, sequences)));
    }
    // A SQL-standard body that calls a deferred function must wait for it too.
    for (bool changed = true; changed;) {
        changed = false;
        std::set<std::string> late_names;
        for (const auto& [key, f] : catalog.functions)
            if (deferred[key]) late_names.insert(f.name.name.str());
        for (const auto& [key, f] : catalog.functions) {
            if (deferred[key] || !f.sql_standard_body || !mentions_any(f.body, late_names)) continue;
            deferred[key] = changed = true;
        }
    }
    FunctionSplit split;
    for (const auto& [key, late] : deferred) (late ? split.deferred : split.early).push_back(key);
    return split;
}

void render_early_functions(const engine::Catalog& catalog, const CreationOrder& order, const FunctionSplit& split,
                            Statements& out) {
    // Only SQL-standard bodies are checked at creation; they may call each other.
    std::vector<OrderItem> items(split.early.size());
    std::vector<std::string> names;
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < split.early.size(); ++i) {
        const auto& f = catalog.functions.at(split.early[i]);
        items[i].position = order.find(function_spellings(split.early[i], f));
        names.push_back(f.name.name.str());
        texts.push_back(f.sql_standard_body ? f.body : "");
    }
    link_mentions(items, items_by_name(names), texts);
    if (!catalog.dependencies.empty()) {
        std::map<std::string, std::size_t> by_identity;
        for (std::size_t i = 0; i < split.early.size(); ++i)
            by_identity.emplace(catalog.functions.at(split.early[i]).signature(), i);
        link_depends(catalog, items, by_identity);
    }
    const auto name_of = [&](std::size_t i) {
        const auto& f = catalog.functions.at(split.early[i]);
        return OrderName{function_label(f), f.where};
    };
    for (std::size_t i : creation_sequence(items, name_of)) {
        const auto& f = catalog.functions.at(split.early[i]);
        out.push_back({function_sql(f), f.search_path});
        out.back().object = keys::function(split.early[i], f);
    }
}

}  // namespace planner::render
