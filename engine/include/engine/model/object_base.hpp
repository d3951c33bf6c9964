#pragma once
// What every model object carries besides its own fields.
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"

namespace engine {

struct ObjectBase {
    SourceLocation where;                // file:line of the statement that created it
    std::optional<std::string> comment;  // COMMENT ON
    std::optional<std::string> owner;    // kept, ignored in diffs by default
    // The search_path in effect where the object was defined, when it was not the default
    // (public): unqualified names in its text (a view's query, a raw statement, a function or
    // expression call) resolve through it, so the renderer sets it around the object's SQL.
    std::vector<Ident> search_path;
};

}  // namespace engine
