#include "verify_plan.hpp"

#include <fmt/core.h>

#include "compare_with_server.hpp"
#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "introspect/read_catalog.hpp"
#include "plan_runner.hpp"
#include "planner/render_catalog.hpp"
#include "scratch_database.hpp"

namespace app {

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
    // Every step, blocked ones too: the copy is thrown away.
    if (const RunReport run = run_plan(db, plan, true); run.failure) {
        v.problems.push_back(fmt::format("step {} ({}) failed: {}", run.failure->step_number, run.failure->step,
                                         run.failure->message));
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
