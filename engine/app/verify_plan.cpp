#include "verify_plan.hpp"

#include <fmt/core.h>

#include "compare_with_server.hpp"
#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "introspect/read_catalog.hpp"
#include "planner/render_catalog.hpp"
#include "scratch_database.hpp"

namespace app {

namespace {

// Runs the plan's groups: a transactional group between BEGIN and COMMIT (rolled back when a step
// fails), any other step alone. Returns the failing step's description, or "".
std::string run_plan(introspect::Connection& db, const planner::Plan& plan) {
    db.execute("SET check_function_bodies = false");
    std::size_t number = 0;
    std::vector<engine::Ident> path;  // as the script sets it: only where a step's differs
    for (const auto& group : plan.groups) {
        if (group.transactional) db.execute("BEGIN");
        for (const auto& step : group.steps) {
            ++number;
            try {
                if (step.search_path != path) {
                    path = step.search_path;
                    db.execute(planner::search_path_sql(path));
                }
                db.execute(step.sql);
            } catch (const engine::Error& e) {
                if (group.transactional) db.execute("ROLLBACK");
                return fmt::format("step {} ({} {} {}) failed: {}", number, step.action, step.object_kind, step.object,
                                   e.what());
            }
        }
        if (group.transactional) db.execute("COMMIT");
    }
    db.execute("RESET search_path");
    return "";
}

}  // namespace

Verification verify_plan(const std::string& server, const engine::Catalog& from, const engine::Catalog& to,
                         const planner::Plan& plan, const RunSettings& settings) {
    Verification v;
    ScratchDatabase scratch(server, "verify");
    introspect::Connection db(scratch.target());
    db.execute("SET client_min_messages = warning");  // the script's IF NOT EXISTS notices are no news
    try {
        db.execute(planner::render_catalog_sql(from));
    } catch (const engine::Error& e) {
        v.problems.push_back(std::string("the current state could not be loaded into the scratch database: ") + e.what());
        return v;
    }
    if (std::string failed = run_plan(db, plan); !failed.empty()) {
        v.problems.push_back(failed);
        return v;
    }
    introspect::CatalogRead after = introspect::read_catalog(db, {settings.exclude, settings.schemas});
    engine::Catalog desired = to;
    const Comparison left = compare_with_server(db, after.catalog, desired, true);
    for (const auto& c : left.changes.changes) {
        std::string line = c.object_kind + " " + c.path + ": ";
        if (c.kind == planner::ChangeKind::added) line += "missing";
        else if (c.kind == planner::ChangeKind::dropped) line += "not expected";
        for (const auto& f : c.fields) line += f.field + " " + f.from + ", expected " + f.to + "; ";
        v.problems.push_back(line);
    }
    for (const auto& p : left.problems) v.problems.push_back("view " + p.view.quoted() + ": " + p.message);
    v.proven = v.problems.empty();
    return v;
}

}  // namespace app
