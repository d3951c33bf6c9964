#include "engine/model/function.hpp"

namespace engine {

std::string Function::signature() const {
    std::string out = name.quoted() + "(";
    bool first = true;
    for (const auto& arg : args) {
        if (arg.mode == ArgMode::out) continue;
        out += (first ? "" : ", ") + std::string(arg.mode == ArgMode::variadic ? "VARIADIC " : "") + arg.type.sql();
        first = false;
    }
    return out + ")";
}

}  // namespace engine
