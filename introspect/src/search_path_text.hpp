#pragma once
// The search_path an object was defined under, as set_config wants it (public when unstated).
#include <string>
#include <vector>

#include "engine/identifier.hpp"

namespace introspect {

inline std::string search_path_text(const std::vector<engine::Ident>& search_path) {
    if (search_path.empty()) return "public";
    std::string out;
    for (const auto& schema : search_path) out += (out.empty() ? "" : ", ") + schema.quoted();
    return out;
}

}  // namespace introspect
