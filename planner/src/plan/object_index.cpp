#include "object_index.hpp"

#include "../object_key.hpp"

namespace planner::plan_parts {

ObjectIndex::ObjectIndex(const engine::Catalog& catalog) : catalog_(catalog) {
    std::size_t count = catalog.schemas.size() + catalog.extensions.size() + catalog.enums.size() +
                        catalog.composites.size() + catalog.ranges.size() + catalog.domains.size() +
                        catalog.sequences.size() + catalog.indexes.size() + catalog.views.size() +
                        catalog.functions.size() + catalog.triggers.size() + catalog.policies.size() +
                        catalog.raw_objects.size();
    for (const auto& [name, table] : catalog.tables) count += 1 + table.columns.size() + table.constraints.size();
    objects_.reserve(count);
    for (const auto& [name, schema] : catalog.schemas) {
        auto& ref = objects_[keys::schema(name)];
        ref.schema = &schema;
        ref.schema_name = &name;
    }
    for (const auto& [name, extension] : catalog.extensions) {
        auto& ref = objects_[keys::extension(name)];
        ref.extension = &extension;
        ref.schema_name = &name;
    }
    for (const auto& [name, type] : catalog.enums) objects_[keys::type(name)].enum_type = &type;
    for (const auto& [name, type] : catalog.composites) objects_[keys::type(name)].composite = &type;
    for (const auto& [name, type] : catalog.ranges) objects_[keys::type(name)].range = &type;
    for (const auto& [name, domain] : catalog.domains) objects_[keys::domain(name)].domain = &domain;
    for (const auto& [name, sequence] : catalog.sequences) objects_[keys::sequence(name)].sequence = &sequence;
    for (const auto& [name, table] : catalog.tables) {
        objects_[keys::table(table)].table = &table;
        // keys::column and keys::constraint, with the table's part quoted once.
        const std::string quoted = name.quoted() + ".";
        for (const auto& column : table.columns) {
            auto& ref = objects_[keys::key("column", quoted + column.name.quoted())];
            ref.table = &table;
            ref.column = &column;
        }
        for (const auto& constraint : table.constraints) {
            auto& ref = objects_[keys::key("constraint", quoted + constraint.name.quoted())];
            ref.table = &table;
            ref.constraint = &constraint;
        }
    }
    for (const auto& [name, index] : catalog.indexes) objects_[keys::index(name)].index = &index;
    for (const auto& [name, view] : catalog.views) objects_[keys::view(view)].view = &view;
    for (const auto& [key, function] : catalog.functions) objects_[keys::function(key, function)].function = &function;
    for (const auto& [key, trigger] : catalog.triggers) objects_[keys::trigger(key.table, key.name)].trigger = &trigger;
    for (const auto& [key, policy] : catalog.policies) objects_[keys::policy(key.table, key.name)].policy = &policy;
    for (const auto& [key, raw] : catalog.raw_objects) objects_[keys::raw(raw)].raw = &raw;
}

const ObjectRef* ObjectIndex::find(const std::string& key) const {
    auto it = objects_.find(key);
    return it == objects_.end() ? nullptr : &it->second;
}

}  // namespace planner::plan_parts
