#include "engine/json.hpp"

#include "json_parts.hpp"

namespace engine {

namespace {

// One top-level array: the elements in the container's own (deterministic) order.
template <class Container, class Write>
void section(JsonWriter& w, std::string_view key, const Container& items, Write write) {
    w.key(key).begin_array();
    for (const auto& item : items) {
        if constexpr (requires { item.second; }) write(w, item.second);
        else write(w, item);
    }
    w.end_array();
}

}  // namespace

std::string catalog_to_json(const Catalog& catalog) {
    using namespace json_detail;
    JsonWriter w;
    w.begin_object();
    section(w, "schemas", catalog.schemas, write_schema);
    section(w, "extensions", catalog.extensions, write_extension);
    section(w, "enums", catalog.enums, write_enum);
    section(w, "composites", catalog.composites, write_composite);
    section(w, "ranges", catalog.ranges, write_range);
    section(w, "domains", catalog.domains, write_domain);
    section(w, "sequences", catalog.sequences, write_sequence);
    section(w, "tables", catalog.tables, write_table);
    section(w, "indexes", catalog.indexes, write_index);
    section(w, "views", catalog.views, write_view);
    section(w, "functions", catalog.functions, write_function);
    section(w, "triggers", catalog.triggers, write_trigger);
    section(w, "policies", catalog.policies, write_policy);
    section(w, "raw_objects", catalog.raw_objects, write_raw_object);
    section(w, "grants", catalog.grants, write_grant);
    section(w, "dependencies", catalog.dependencies, write_dependency);
    w.end_object();
    return std::move(w).take() + "\n";
}

}  // namespace engine
