#include "object_index.hpp"

#include "../object_key.hpp"

namespace planner::plan_parts {

ObjectIndex::ObjectIndex(const engine::Catalog& catalog) : catalog_(catalog) {
    const std::size_t count = catalog.schemas.size() + catalog.extensions.size() + catalog.enums.size() +
                              catalog.composites.size() + catalog.ranges.size() + catalog.domains.size() +
                              catalog.sequences.size() + catalog.tables.size() + catalog.indexes.size() +
                              catalog.views.size() + catalog.functions.size() + catalog.triggers.size() +
                              catalog.policies.size() + catalog.raw_objects.size();
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
    for (const auto& [name, table] : catalog.tables) objects_[keys::table(table)].table = &table;
    for (const auto& [name, index] : catalog.indexes) objects_[keys::index(name)].index = &index;
    for (const auto& [name, view] : catalog.views) objects_[keys::view(view)].view = &view;
    for (const auto& [key, function] : catalog.functions) objects_[keys::function(key, function)].function = &function;
    for (const auto& [key, trigger] : catalog.triggers) objects_[keys::trigger(key.table, key.name)].trigger = &trigger;
    for (const auto& [key, policy] : catalog.policies) objects_[keys::policy(key.table, key.name)].policy = &policy;
    for (const auto& [key, raw] : catalog.raw_objects) objects_[keys::raw(raw)].raw = &raw;
}

namespace {

// A key's path back into its names, as Ident::quoted() wrote them: a name is bare, or in double
// quotes with "" for a quote (`public."Order".id` is public, Order, id). Nothing when malformed.
std::optional<std::vector<std::string>> path_names(std::string_view path) {
    std::vector<std::string> names(1);
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '.') {
            names.emplace_back();
        } else if (path[i] == '"' && names.back().empty()) {
            for (++i;; ++i) {
                if (i == path.size()) return std::nullopt;
                if (path[i] == '"' && (i + 1 == path.size() || path[i + 1] != '"')) break;
                if (path[i] == '"') ++i;  // "" is one quote
                names.back() += path[i];
            }
            if (i + 1 < path.size() && path[i + 1] != '.') return std::nullopt;
        } else {
            names.back() += path[i];
        }
    }
    return names;
}

}  // namespace

std::optional<ObjectRef> ObjectIndex::find(const std::string& key) const {
    const auto colon = key.find(':');
    const std::string_view kind = std::string_view(key).substr(0, colon);
    if (colon == std::string::npos || (kind != "column" && kind != "constraint")) {
        auto it = objects_.find(key);
        if (it == objects_.end()) return std::nullopt;
        return it->second;
    }
    // schema.table.member, or table.member for a table without a schema.
    const auto names = path_names(std::string_view(key).substr(colon + 1));
    if (!names || names->size() < 2 || names->size() > 3) return std::nullopt;
    const std::size_t n = names->size();
    const engine::QualifiedName table{engine::Ident(n == 3 ? (*names)[0] : std::string()),
                                      engine::Ident((*names)[n - 2])};
    const auto it = catalog_.tables.find(table);
    if (it == catalog_.tables.end()) return std::nullopt;
    ObjectRef ref;
    ref.table = &it->second;
    const engine::Ident member((*names)[n - 1]);
    if (kind == "column") {
        ref.column = it->second.find_column(member);
        if (!ref.column) return std::nullopt;
    } else {
        ref.constraint = it->second.find_constraint(member);
        if (!ref.constraint) return std::nullopt;
    }
    return ref;
}

}  // namespace planner::plan_parts
