// Functions and procedures.
#include "json_parts.hpp"

namespace engine::json_detail {

namespace {

const char* mode_name(ArgMode mode) {
    switch (mode) {
        case ArgMode::in: return "in";
        case ArgMode::out: return "out";
        case ArgMode::inout: return "inout";
        case ArgMode::variadic: return "variadic";
    }
    return "in";
}

void args(JsonWriter& w, std::string_view key, const std::vector<FunctionArg>& items) {
    w.key(key).begin_array();
    for (const auto& arg : items) {
        w.begin_object();
        field(w, "mode", mode_name(arg.mode));
        if (!arg.name.empty()) field(w, "name", arg.name);  // unnamed arguments are common
        field(w, "type", arg.type);
        field_if(w, "default_value", arg.default_value);
        w.end_object();
    }
    w.end_array();
}

}  // namespace

void write_function(JsonWriter& w, const Function& function) {
    w.begin_object();
    field(w, "schema", function.name.schema);
    field(w, "name", function.name.name);
    // The identity (overloads share a name); matches how grants name functions.
    field(w, "signature", function.signature());
    field(w, "is_procedure", function.is_procedure);
    args(w, "args", function.args);
    field_if(w, "returns", function.returns);
    field(w, "returns_set", function.returns_set);
    if (!function.returns_table.empty()) args(w, "returns_table", function.returns_table);
    field(w, "language", function.language);
    field(w, "body", function.body);
    field_if(w, "link_symbol", function.link_symbol);
    field(w, "sql_standard_body", function.sql_standard_body);
    field(w, "volatility", function.volatility);
    field(w, "strict", function.strict);
    field(w, "security_definer", function.security_definer);
    field(w, "leakproof", function.leakproof);
    field(w, "parallel", function.parallel);
    field_if(w, "cost", function.cost);
    field_if(w, "rows", function.rows);
    pairs_if_any(w, "set_config", function.set_config);
    list_if_any(w, "transforms", function.transforms);
    field_if(w, "support", function.support);
    base(w, function);
    w.end_object();
}

}  // namespace engine::json_detail
