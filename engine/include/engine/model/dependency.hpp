#pragma once
// An edge the server records between two objects (pg_depend; a view's through its _RETURN rule):
// `dependent` needs `referenced` to exist, or to keep its shape. Read from live databases, for the
// planner to order drops and re-creations by (a view around a column type change); a
// desired-state file has none.
#include <string>

namespace engine {

struct ObjectRef {
    std::string kind;      // as pg_identify_object names it: "table", "view", "table column", "function", …
    std::string identity;  // as pg_identify_object prints it: public.users.email, public.f(integer)
    auto operator<=>(const ObjectRef&) const = default;
    bool operator==(const ObjectRef&) const = default;
};

struct Dependency {
    ObjectRef dependent;
    ObjectRef referenced;
    // What holds the edge: "view query", "column default", "constraint", "policy", "trigger",
    // "function body", "owned sequence".
    std::string reason;
    auto operator<=>(const Dependency&) const = default;
    bool operator==(const Dependency&) const = default;
};

}  // namespace engine
