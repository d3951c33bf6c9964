#pragma once
// The model objects of one catalog by their planner key (object_key.hpp). Columns and
// constraints, most of a catalog's objects, are found from their key's names when asked for;
// the other kinds are indexed in one pass.
#include <optional>
#include <string>
#include <unordered_map>

#include "engine/model/catalog.hpp"

namespace planner::plan_parts {

struct ObjectRef {
    const engine::Schema* schema = nullptr;
    const engine::Extension* extension = nullptr;
    const engine::EnumType* enum_type = nullptr;
    const engine::CompositeType* composite = nullptr;
    const engine::RangeType* range = nullptr;
    const engine::Domain* domain = nullptr;
    const engine::Sequence* sequence = nullptr;
    const engine::Table* table = nullptr;  // also set for columns and constraints: their table
    const engine::Column* column = nullptr;
    const engine::Constraint* constraint = nullptr;
    const engine::Index* index = nullptr;
    const engine::View* view = nullptr;
    const engine::Function* function = nullptr;
    const engine::Trigger* trigger = nullptr;
    const engine::Policy* policy = nullptr;
    const engine::RawObject* raw = nullptr;
    const engine::Ident* schema_name = nullptr;  // for schemas and extensions: the catalog's key
};

class ObjectIndex {
public:
    explicit ObjectIndex(const engine::Catalog& catalog);
    std::optional<ObjectRef> find(const std::string& key) const;
    const engine::Catalog& catalog() const { return catalog_; }

private:
    const engine::Catalog& catalog_;
    std::unordered_map<std::string, ObjectRef> objects_;  // all but columns and constraints
};

}  // namespace planner::plan_parts
