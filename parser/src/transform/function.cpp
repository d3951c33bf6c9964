// CREATE [OR REPLACE] FUNCTION / PROCEDURE.
#include <algorithm>

#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

void Builder::create_function(const Node& n, bool or_replace) {
    engine::Function f;
    f.name = creation_name(*child<g::qualified_name>(n));
    stamp(f, n);
    f.is_procedure = child<g::routine_kind_procedure>(n) != nullptr;
    for (const auto* a : children<g::function_arg>(n)) {
        engine::FunctionArg arg;
        if (child<g::arg_out>(*a)) arg.mode = engine::ArgMode::out;
        if (child<g::arg_inout>(*a) || (child<g::arg_in>(*a) && lower(text_of(*a)).find(" out ") != std::string::npos))
            arg.mode = engine::ArgMode::inout;
        if (child<g::arg_variadic>(*a)) arg.mode = engine::ArgMode::variadic;
        if (const Node* nm = child<g::name>(*a)) arg.name = ident_of(*nm);
        arg.type = type_of(*child<g::type_name>(*a));
        if (const Node* d = child<g::arg_default>(*a)) {
            std::string_view t = text_of(*d);
            t.remove_prefix(t.front() == '=' ? 1 : 7);
            arg.default_value = make_expression(t);
        }
        f.args.push_back(std::move(arg));
    }
    if (const Node* r = child<g::returns_clause>(n)) {
        if (const Node* table = child<g::returns_table>(*r)) {
            for (const auto* col : children<g::returns_table_column>(*table)) {
                engine::FunctionArg out;
                out.mode = engine::ArgMode::out;
                out.name = ident_of(*child<g::name>(*col));
                out.type = type_of(*child<g::type_name>(*col));
                f.returns_table.push_back(out);
            }
            f.returns_set = true;
        } else {
            f.returns_set = child<g::returns_setof>(*r) != nullptr;
            f.returns = type_of(*child<g::type_name>(*r));
        }
    }
    bool has_body = false;  // AS '' is an empty body, not a missing one
    for (const auto& o : n.children) {
        const Node& opt = *o;
        if (opt.is_type<g::fn_language>()) {
            const Node* s = child<g::string_value>(opt);
            f.language = s ? lower(string_value_of(text_of(*s))) : ident_of(*child<g::name>(opt)).str();
        } else if (opt.is_type<g::fn_volatility>()) f.volatility = lower(text_of(opt));
        else if (opt.is_type<g::fn_strict>()) f.strict = true;
        else if (opt.is_type<g::fn_called_on_null>()) f.strict = false;
        else if (opt.is_type<g::fn_security>()) f.security_definer = lower(text_of(opt)).find("definer") != std::string::npos;
        else if (opt.is_type<g::fn_leakproof>()) f.leakproof = lower(text_of(opt)).rfind("not", 0) != 0;
        else if (opt.is_type<g::fn_parallel>()) f.parallel = ident_of(*child<g::name>(opt)).str();
        else if (opt.is_type<g::fn_cost>()) f.cost = positive_decimal(*child<g::signed_number>(opt), "COST");
        else if (opt.is_type<g::fn_rows>()) f.rows = positive_decimal(*child<g::signed_number>(opt), "ROWS");
        else if (opt.is_type<g::fn_support>()) f.support = std::string(text_of(*child<g::qualified_name>(opt)));
        else if (opt.is_type<g::fn_set>()) {
            // Setting names are case-insensitive, quoted or not: SET "TimeZone" is timezone.
            std::string key = lower(text_of(*child<g::option_name>(opt)));
            key.erase(std::remove(key.begin(), key.end(), '"'), key.end());
            std::string value;
            for (const auto* v : children<g::fn_set_value>(opt)) value += (value.empty() ? "" : ", ") + std::string(text_of(*v));
            f.set_config.push_back({key, value.empty() ? "FROM CURRENT" : value});
        } else if (opt.is_type<g::fn_transform>()) f.transforms.push_back(std::string(text_of(opt)));
        else if (opt.is_type<g::fn_as>()) {
            has_body = true;
            const auto parts = children<g::string_value>(opt);
            f.body = string_value_of(text_of(*parts[0]));
            if (parts.size() > 1) f.link_symbol = string_value_of(text_of(*parts[1]));
        } else if (opt.is_type<g::fn_sql_body>()) {
            f.sql_standard_body = true;
            f.body = std::string(text_of(opt));
        }
    }
    if (!has_body && !f.sql_standard_body) fail(n, "function " + f.name.quoted() + " has no body (AS …)");
    const std::string key = f.signature();
    auto existing = catalog.functions.find(key);
    if (existing != catalog.functions.end() && !or_replace) fail(n, "function " + key + " already exists");
    if (existing == catalog.functions.end()) catalog.creation_order.push_back("FUNCTION " + key);
    catalog.functions[key] = std::move(f);
}

}  // namespace parser
