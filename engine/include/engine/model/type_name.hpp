#pragma once
// A type reference in canonical spelling: `integer`, `character varying(255)[]`,
// `timestamp(3) with time zone`, `public.mood`.
#include <string>
#include <vector>

#include "engine/identifier.hpp"

namespace engine {

struct TypeName {
    Ident schema;                        // empty for built-in types and unresolved names
    std::string name;                    // canonical base name: "integer", "character varying", "mood"
    std::vector<std::string> modifiers;  // typmods as written: {"255"}, {"10", "2"}
    std::string suffix;                  // e.g. "with time zone", interval fields "day to second"
    int array_dims = 0;

    // "character varying(255)[]", "public.mood", "timestamp(3) with time zone"
    std::string sql() const;
    bool operator==(const TypeName&) const = default;
    auto operator<=>(const TypeName&) const = default;
};

// Maps an alias to PostgreSQL's canonical name: int → integer, varchar → character varying,
// timestamptz → timestamp with time zone, float8 → double precision, bool → boolean, …
// Returns the input (lower-cased) when it is no alias.
std::string canonical_type_name(const std::string& lowered);

// Is `name` (canonical spelling) one of PostgreSQL 15's built-in types?
bool is_builtin_type_name(const std::string& name);

}  // namespace engine
