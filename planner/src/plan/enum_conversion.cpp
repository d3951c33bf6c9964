// An enum whose labels are removed or reordered cannot be altered in place (PostgreSQL 15 has no
// DROP VALUE): the old type is renamed away, the new one is created under the name, every column
// of it is converted through text, and the old type is dropped at the end (DESIGN §7). The rename
// is destructive: a row holding a removed label fails the conversion, and a new order changes
// comparisons and sorting.
#include <algorithm>

#include "builder.hpp"

namespace planner::plan_parts {

namespace {

std::string removed_labels(const std::vector<std::string>& old, const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& label : old)
        if (std::find(labels.begin(), labels.end(), label) == labels.end())
            out += (out.empty() ? "" : ", ") + engine::quote_literal(label);
    return out;
}

// A name for the old type while its columns move: free in both states, at most 63 bytes.
engine::QualifiedName parking_name(const Builder& b, const engine::QualifiedName& name) {
    const std::string stem = engine::clip_identifier(name.name.str(), 48) + "_strata_old";
    for (int n = 0;; ++n) {
        const engine::QualifiedName candidate{name.schema, engine::Ident(n == 0 ? stem : stem + std::to_string(n))};
        if (!b.from_index.find(keys::type(candidate)) && !b.to_index.find(keys::type(candidate)) &&
            !b.from_index.find(keys::domain(candidate)) && !b.to_index.find(keys::domain(candidate)))
            return candidate;
    }
}

}  // namespace

void convert_enum(Builder& b, const std::string& from_key, const std::string& to_key) {
    const std::optional<ObjectRef> from = b.from_index.find(from_key);
    const std::optional<ObjectRef> to = b.to_index.find(to_key);
    if (!from || !to || !from->enum_type || !to->enum_type) {
        b.rebuild(from_key, to_key);
        return;
    }
    const engine::QualifiedName& name = from->enum_type->name;
    const engine::QualifiedName old = parking_name(b, name);

    Step rename = b.step(to_key, "ALTER TYPE " + name.quoted() + " RENAME TO " + old.name.quoted(), "alter");
    rename.destructive = true;
    const std::string removed = removed_labels(from->enum_type->labels, to->enum_type->labels);
    rename.hazards.push_back(removed.empty() ? "reorders its values: comparisons and sorting change"
                                             : "removes " + removed + ": rows holding them fail to convert");
    b.pre_drops.push_back(std::move(rename));
    b.creates.insert(to_key);
    b.converted_enums.insert(to_key);
    b.post_steps.push_back(b.step(keys::type(old), "DROP TYPE " + old.quoted(), "drop"));
}

// The columns of a converted enum that the plan keeps are converted in place (classify.cpp).
void convert_enum_columns(Builder& b) {
    if (b.converted_enums.empty()) return;
    for (const auto& [table_name, table] : b.to.tables) {
        if (b.creates.count(keys::table(table))) continue;
        for (const auto& column : table.columns) {
            const engine::QualifiedName type{column.type.schema.empty() ? engine::Ident("public") : column.type.schema,
                                             engine::Ident(column.type.name)};
            if (!b.converted_enums.count(keys::type(type)) || render::column_is_inherited(b.to, table, column)) continue;
            const std::string key = keys::column(table_name, column.name);
            if (b.from_index.find(key) && !b.drops.count(key)) b.in_place[key].insert("type");
        }
    }
}

}  // namespace planner::plan_parts
