#include "compare_with_server.hpp"

#include <set>
#include <string>
#include <utility>

#include "introspect/normalize_expressions.hpp"
#include "planner/render_catalog.hpp"

namespace app {

namespace {

// The altered objects whose differing fields are expressions the server may print otherwise
// (implicit casts, folded literals, SQL-standard bodies, default operator classes, rules): they
// get a second look, deparsed by it.
std::set<std::string> expression_differences(const planner::ChangeSet& changes) {
    static const std::set<std::pair<std::string, std::string>> fields{
        {"column", "default"}, {"column", "generated"}, {"constraint", "check"}, {"policy", "using"},
        {"policy", "with check"}, {"function", "body"}, {"procedure", "body"}, {"index", "columns"},
        {"index", "predicate"}, {"rule", "definition"}};
    std::set<std::string> paths;
    for (const auto& c : changes.changes)
        if (c.kind == planner::ChangeKind::altered)
            for (const auto& f : c.fields)
                if (fields.count({c.object_kind, f.field})) paths.insert(c.path);
    return paths;
}

std::string catalog_sql(const engine::Catalog& catalog) { return planner::render_catalog_sql(catalog); }

}  // namespace

Comparison compare_with_server(introspect::Connection& connection, const engine::Catalog& live, engine::Catalog& desired,
                               bool live_is_from) {
    Comparison result;
    auto compare = [&] { return live_is_from ? planner::diff(live, desired) : planner::diff(desired, live); };
    result.problems = introspect::normalize_view_queries(connection, desired);
    result.changes = compare();
    const std::set<std::string> paths = expression_differences(result.changes);
    if (!paths.empty()) {
        introspect::normalize_expressions(connection, desired, paths, catalog_sql);
        result.changes = compare();
    }
    return result;
}

}  // namespace app
