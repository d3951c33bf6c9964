// Functions and procedures: identity is the signature (the catalog key); the body is compared
// exactly as stored (prosrc), whitespace included.
#include <cmath>

#include "facts.hpp"

namespace planner::facts {

namespace {
std::string number(double value) {
    const double whole = std::round(value);
    return whole == value ? std::to_string(static_cast<long long>(whole)) : std::to_string(value);
}
// Argument and result types as PostgreSQL keeps them: without typmods (bit(4) is stored as bit).
std::string routine_type(const engine::TypeName& type) {
    engine::TypeName t = type;
    t.modifiers.clear();
    std::string text = type_text(t);  // without typmods, so a "(1)" is type_text's bit/character default
    if (const auto at = text.find("(1)"); at != std::string::npos) text.erase(at, 3);
    return text;
}

const char* mode_sql(engine::ArgMode mode) {
    switch (mode) {
    case engine::ArgMode::out: return "OUT ";
    case engine::ArgMode::inout: return "INOUT ";
    case engine::ArgMode::variadic: return "VARIADIC ";
    default: return "";
    }
}
}  // namespace

void collect_functions(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [key, f] : catalog.functions) {
        ObjectFacts& o = sink.object(9, f.is_procedure ? "procedure" : "function", key, f.where);
        std::string args_key, args_shown;
        for (const auto& a : f.args) {
            const std::string text = mode_sql(a.mode) + (a.name.empty() ? "" : a.name.quoted() + " ") + routine_type(a.type);
            args_key += text + (a.default_value ? " DEFAULT " + expression_key(*a.default_value) : "") + ";";
            args_shown += (args_shown.empty() ? "" : ", ") + text + (a.default_value ? " DEFAULT " + a.default_value->text : "");
        }
        set(o, "arguments", args_key, args_shown);
        std::string returns = f.returns ? (f.returns_set ? "SETOF " : "") + routine_type(*f.returns) : "";
        // Without RETURNS, OUT and INOUT arguments say it: one gives its type, more a record.
        if (!f.returns && f.returns_table.empty() && !f.is_procedure) {
            std::vector<const engine::FunctionArg*> outs;
            for (const auto& a : f.args)
                if (a.mode == engine::ArgMode::out || a.mode == engine::ArgMode::inout) outs.push_back(&a);
            if (!outs.empty())
                returns = std::string(f.returns_set ? "SETOF " : "") + (outs.size() == 1 ? routine_type(outs[0]->type) : "record");
        }
        if (!f.returns_table.empty()) {
            returns = "TABLE(";
            for (std::size_t i = 0; i < f.returns_table.size(); ++i)
                returns += (i ? ", " : "") + f.returns_table[i].name.quoted() + " " + routine_type(f.returns_table[i].type);
            returns += ")";
        }
        set(o, "returns", returns);
        set(o, "language", f.language);
        set(o, "body", f.body);
        set(o, "link symbol", f.link_symbol.value_or(""));
        set(o, "volatility", f.volatility);
        set_flag(o, "strict", f.strict);
        set_flag(o, "security definer", f.security_definer);
        set_flag(o, "leakproof", f.leakproof);
        set(o, "parallel", f.parallel);
        const bool c_like = f.language == "c" || f.language == "internal";
        set(o, "cost", number(f.cost.value_or(c_like ? 1 : 100)));
        const bool returns_rows = f.returns_set || !f.returns_table.empty();
        set(o, "rows", number(f.rows.value_or(returns_rows ? 1000 : 0)));
        // SET search_path = a, 'b': the catalog quotes every list item; the quotes carry no meaning here.
        std::string config, config_key;
        for (const auto& [name, value] : f.set_config) {
            config += name + "=" + value + " ";
            std::string bare = value;
            std::erase(bare, '\'');
            config_key += name + "=" + bare + " ";
        }
        set(o, "set", config_key, config);
        set_comment(o, f);
    }
}

}  // namespace planner::facts
