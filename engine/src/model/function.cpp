#include "engine/model/function.hpp"

namespace engine {

std::string Function::signature() const {
    std::string out = name.quoted() + "(";
    bool first = true;
    for (const auto& arg : args) {
        if (arg.mode == ArgMode::out) continue;
        // PostgreSQL ignores argument typmods: f(bit(4)) is f(bit), f(varchar(10)) is f(varchar(20)).
        TypeName type = arg.type;
        type.modifiers.clear();
        out += (first ? "" : ", ") + std::string(arg.mode == ArgMode::variadic ? "VARIADIC " : "") + type.sql();
        first = false;
    }
    return out + ")";
}

}  // namespace engine
