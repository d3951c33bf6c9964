#pragma once
#include <optional>
#include <string>

#include "engine/model/object_base.hpp"

namespace engine {

struct Extension : ObjectBase {
    Ident name;
    std::optional<Ident> schema;
    std::optional<std::string> version;
};

struct Schema : ObjectBase {
    Ident name;
};

}  // namespace engine
