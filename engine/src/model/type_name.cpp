#include "engine/model/type_name.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>

namespace engine {

std::string TypeName::sql() const {
    std::string out;
    if (!schema.empty()) out = schema.quoted() + ".";
    // Without a schema the name is a built-in in canonical spelling (the parser qualifies every
    // user type it resolves), and keywords such as timestamp must stay unquoted.
    out += schema.empty() ? name : quote_ident(name);
    if (!modifiers.empty()) {
        out += "(";
        for (std::size_t i = 0; i < modifiers.size(); ++i) out += (i ? "," : "") + modifiers[i];
        out += ")";
    }
    if (!suffix.empty()) out += " " + suffix;
    for (int i = 0; i < array_dims; ++i) out += "[]";
    return out;
}

std::string canonical_type_name(const std::string& lowered) {
    static const std::map<std::string, std::string> aliases{
        {"int", "integer"},
        {"int4", "integer"},
        {"int2", "smallint"},
        {"int8", "bigint"},
        {"serial4", "serial"},
        {"serial8", "bigserial"},
        {"serial2", "smallserial"},
        {"float", "double precision"},
        {"float8", "double precision"},
        {"float4", "real"},
        {"bool", "boolean"},
        {"varchar", "character varying"},
        {"char", "character"},
        {"bpchar", "character"},
        {"varbit", "bit varying"},
        {"decimal", "numeric"},
        {"dec", "numeric"},
        {"timestamptz", "timestamp with time zone"},
        {"timetz", "time with time zone"},
        {"timestamp", "timestamp without time zone"},
        {"time", "time without time zone"},
    };
    auto it = aliases.find(lowered);
    return it == aliases.end() ? lowered : it->second;
}

bool is_builtin_type_name(const std::string& name) {
    static constexpr std::string_view names[] = {
#include "builtin_types.inc"
    };
    return std::binary_search(std::begin(names), std::end(names), std::string_view(name));
}

}  // namespace engine
