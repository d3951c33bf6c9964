// plan(): the steps from `from` to `to` (see plan.hpp for the order and its reasons).
#include "builder.hpp"

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

std::map<std::string, std::size_t> first_positions(const render::Statements& statements) {
    std::map<std::string, std::size_t> positions;
    for (std::size_t i = 0; i < statements.size(); ++i) positions.emplace(statements[i].object, i);
    return positions;
}

}  // namespace

Builder::Builder(const engine::Catalog& from_catalog, const engine::Catalog& to_catalog, const PlanOptions& plan_options)
    : from(from_catalog),
      to(to_catalog),
      options(plan_options),
      from_index(from_catalog),
      to_index(to_catalog),
      from_statements(render::catalog_statements(from_catalog)),
      to_statements(render::catalog_statements(to_catalog)),
      from_position(first_positions(from_statements)),
      to_position(first_positions(to_statements)) {}

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
    plan_parts::Builder b(from, to, options);
    plan_parts::classify(b, changes);
    plan_parts::add_dependents(b);
    plan_parts::add_column_steps(b);
    b.first_group.insert(b.first_group.begin(), options.renames.begin(), options.renames.end());
    return plan_parts::emit(b);
}

}  // namespace planner
