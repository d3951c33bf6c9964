// plan(): the steps from `from` to `to` (see plan.hpp for the order and its reasons).
#include "builder.hpp"

#include <tuple>

#include "../free_in_parallel.hpp"

namespace planner {

namespace plan_parts {

std::pair<std::string, std::string> split_key(const std::string& key) {
    const auto colon = key.find(':');
    if (colon == std::string::npos) return {key, ""};
    return {key.substr(0, colon), key.substr(colon + 1)};
}

bool labels_only_added(const std::vector<std::string>& old, const std::vector<std::string>& labels) {
    std::size_t j = 0;
    for (const auto& label : labels)
        if (j < old.size() && old[j] == label) ++j;
    return j == old.size();
}

namespace {

std::unordered_map<std::string, std::size_t> first_positions(const render::Statements& statements) {
    std::unordered_map<std::string, std::size_t> positions;
    positions.reserve(statements.size());
    for (std::size_t i = 0; i < statements.size(); ++i) positions.emplace(statements[i].object, i);
    return positions;
}

CatalogParts parts_of(const engine::Catalog& catalog) {
    CatalogParts parts{ObjectIndex(catalog), render::catalog_statements(catalog), {}};
    parts.positions = first_positions(parts.statements);
    return parts;
}

std::pair<CatalogParts, CatalogParts> parts_of_both(const engine::Catalog& from, const engine::Catalog& to) {
    auto later = std::async(std::launch::async, [&to] { return parts_of(to); });
    CatalogParts first = parts_of(from);
    return {std::move(first), later.get()};
}

}  // namespace

Builder::Builder(const engine::Catalog& from_catalog, const engine::Catalog& to_catalog, const PlanOptions& plan_options)
    : Builder(from_catalog, to_catalog, plan_options, parts_of_both(from_catalog, to_catalog)) {}

Builder::Builder(const engine::Catalog& from_catalog, const engine::Catalog& to_catalog, const PlanOptions& plan_options,
                 std::pair<CatalogParts, CatalogParts> parts)
    : from(from_catalog),
      to(to_catalog),
      options(plan_options),
      from_index(std::move(parts.first.index)),
      to_index(std::move(parts.second.index)),
      from_statements(std::move(parts.first.statements)),
      to_statements(std::move(parts.second.statements)),
      from_position(std::move(parts.first.positions)),
      to_position(std::move(parts.second.positions)) {}

Step Builder::step(const std::string& key, std::string sql, std::string action,
                   std::vector<engine::Ident> search_path) const {
    Step s;
    auto [kind, path] = split_key(key);
    s.object_kind = std::move(kind);
    s.object = std::move(path);
    s.sql = std::move(sql);
    s.action = std::move(action);
    s.search_path = std::move(search_path);
    return s;
}

}  // namespace plan_parts

std::size_t Plan::step_count() const {
    std::size_t n = 0;
    for (const auto& g : groups) n += g.steps.size();
    return n;
}

Plan plan(const engine::Catalog& from, const engine::Catalog& to, const ChangeSet& changes, const PlanOptions& options) {
    if (changes.changes.empty() && options.renames.empty()) return {};  // nothing to order
    plan_parts::Builder b(from, to, options);
    plan_parts::classify(b, changes);
    plan_parts::add_dependents(b);
    plan_parts::rename_attached_partition_indexes(b);
    plan_parts::refuse_dropping_attached_indexes(b);
    plan_parts::add_column_steps(b);
    b.first_group.insert(b.first_group.begin(), options.renames.begin(), options.renames.end());
    Plan out = plan_parts::emit(b);
    // Both sides' parts, at once.
    free_in_parallel(std::make_tuple(std::move(b.from_index), std::move(b.from_statements), std::move(b.from_position)),
                     std::make_tuple(std::move(b.to_index), std::move(b.to_statements), std::move(b.to_position)));
    return out;
}

}  // namespace planner
