#pragma once
// The whole model: what a desired-state file or a live database contains.
// Containers are ordered maps so that iteration, and thus every output, is deterministic; the
// relation and type maps also index their names by hash (name_map.hpp).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/model/dependency.hpp"
#include "engine/model/extension.hpp"
#include "engine/model/function.hpp"
#include "engine/model/index.hpp"
#include "engine/model/name_map.hpp"
#include "engine/model/policy.hpp"
#include "engine/model/privilege.hpp"
#include "engine/model/raw_object.hpp"
#include "engine/model/sequence.hpp"
#include "engine/model/table.hpp"
#include "engine/model/trigger.hpp"
#include "engine/model/user_type.hpp"
#include "engine/model/view.hpp"

namespace engine {

// Trigger and policy names are unique per table.
struct TableScopedName {
    QualifiedName table;
    Ident name;
    auto operator<=>(const TableScopedName&) const = default;
    bool operator==(const TableScopedName&) const = default;
};

struct Catalog {
    std::map<Ident, Schema> schemas;
    std::map<Ident, Extension> extensions;
    NameMap<EnumType> enums;
    NameMap<CompositeType> composites;
    NameMap<RangeType> ranges;
    NameMap<Domain> domains;
    NameMap<Sequence> sequences;
    NameMap<Table> tables;
    NameMap<Index> indexes;
    NameMap<View> views;       // views and materialized views
    std::map<std::string, Function> functions;  // key: schema.name(argtypes)
    std::map<TableScopedName, Trigger> triggers;
    std::map<TableScopedName, Policy> policies;
    std::map<std::pair<std::string, std::string>, RawObject> raw_objects;  // (kind, identity)
    std::vector<Grant> grants;                  // in statement order
    // The order views, functions and raw objects were created in; a safe creation order
    // for bodies the model does not analyse.
    std::vector<std::string> creation_order;
    // What depends on what, as the server records it (live databases only; see dependency.hpp).
    std::set<Dependency> dependencies;

    // Is `name` a relation (table, view, sequence, index) in this catalog?
    bool has_relation(const QualifiedName& name) const;
    bool has_relation(const NameProbe& name) const;
    // Is there a function or procedure `name`, with any arguments? O(log n).
    bool has_function_named(const QualifiedName& name) const;
};

}  // namespace engine
