#pragma once
// Functions and procedures. Identity is the name plus the input argument types.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/expression.hpp"
#include "engine/model/object_base.hpp"
#include "engine/model/type_name.hpp"

namespace engine {

enum class ArgMode { in, out, inout, variadic };

struct FunctionArg {
    ArgMode mode = ArgMode::in;
    Ident name;  // may be empty
    TypeName type;
    std::optional<Expression> default_value;
};

struct Function : ObjectBase {
    QualifiedName name;
    bool is_procedure = false;
    std::vector<FunctionArg> args;
    std::optional<TypeName> returns;         // absent for procedures and RETURNS TABLE
    bool returns_set = false;                // SETOF
    std::vector<FunctionArg> returns_table;  // RETURNS TABLE (…)
    std::string language = "sql";
    std::string body;                        // AS '…' / $$…$$, exactly as stored (prosrc)
    std::optional<std::string> link_symbol;  // AS 'obj_file', 'link_symbol'
    bool sql_standard_body = false;          // BEGIN ATOMIC … END / RETURN …; body holds it verbatim
    std::string volatility = "volatile";     // immutable | stable | volatile
    bool strict = false;
    bool security_definer = false;
    bool leakproof = false;
    std::string parallel = "unsafe";         // safe | restricted | unsafe
    std::optional<double> cost;
    std::optional<double> rows;
    std::vector<std::pair<std::string, std::string>> set_config;  // SET name = value / FROM CURRENT
    std::vector<std::string> transforms;
    std::optional<std::string> support;

    // "name(integer, text)": the identity, with input types only.
    std::string signature() const;
};

}  // namespace engine
