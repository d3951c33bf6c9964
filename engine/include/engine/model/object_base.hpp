#pragma once
// What every model object carries besides its own fields.
#include <optional>
#include <string>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"

namespace engine {

struct ObjectBase {
    SourceLocation where;                // file:line of the statement that created it
    std::optional<std::string> comment;  // COMMENT ON
    std::optional<std::string> owner;    // kept, ignored in diffs by default
};

}  // namespace engine
