#include "plan_runner.hpp"

#include <fmt/core.h>

namespace app {

namespace {

bool concurrent_index_build(const planner::Step& step) {
    return !step.transactional && step.object_kind == "index" && step.action != "drop" &&
           step.sql.find("CONCURRENTLY") != std::string::npos;
}

// A CREATE INDEX CONCURRENTLY that fails leaves its index behind, INVALID: it is dropped, so that
// the next run builds it again. Also done before such a build, for an earlier run's leftover.
// Returns what was done, or "".
std::string drop_invalid_index(introspect::Connection& db, const planner::Step& step) {
    const auto invalid = db.query(
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE i.indexrelid = pg_catalog.to_regclass($1) AND NOT i.indisvalid AND c.relkind = 'i'",
        {step.object});
    if (invalid.rows() == 0) return "";
    const engine::QualifiedName name{engine::Ident(invalid.get(0, 0)), engine::Ident(invalid.get(0, 1))};
    db.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name.quoted());
    return "dropped the invalid index " + name.quoted() + " that a failed CREATE INDEX CONCURRENTLY left";
}

}  // namespace

std::string step_name(const planner::Step& step) { return step.action + " " + step.object_kind + " " + step.object; }

RunReport run_plan(introspect::Connection& db, const planner::Plan& plan, bool include_blocked,
                   const StepObserver& observe) {
    RunReport report;
    // As the script does: bodies may call what a later step creates.
    db.execute("SET check_function_bodies = false");
    const std::size_t total = plan.step_count();
    std::size_t number = 0;
    std::vector<engine::Ident> path;  // as the script sets it: only where a step's differs
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const auto& group = plan.groups[g];
        const planner::Step* current = nullptr;
        try {
            if (group.transactional) db.execute("BEGIN");
            for (const auto& step : group.steps) {
                ++number;
                current = &step;
                if (step.destructive && !include_blocked) continue;
                if (observe) observe(number, total, step);
                if (concurrent_index_build(step))
                    if (std::string done = drop_invalid_index(db, step); !done.empty()) report.mended.push_back(done);
                if (step.search_path != path) {
                    path = step.search_path;
                    db.execute(planner::search_path_sql(path));
                }
                db.execute(step.sql);
            }
            current = nullptr;
            if (group.transactional) db.execute("COMMIT");
        } catch (const introspect::DatabaseError& e) {
            StepFailure failure;
            failure.step_number = number;
            failure.group_number = g + 1;
            failure.step = current ? step_name(*current) : "COMMIT of group " + std::to_string(g + 1);
            failure.failed = current;
            failure.message = e.message();
            failure.sqlstate = e.sqlstate();
            failure.connection_lost = !db.alive();
            if (!failure.connection_lost) {
                try {
                    if (group.transactional) db.execute("ROLLBACK");
                    if (current && concurrent_index_build(*current))
                        if (std::string done = drop_invalid_index(db, *current); !done.empty()) report.mended.push_back(done);
                } catch (const engine::Error&) {
                    failure.connection_lost = !db.alive();
                }
            }
            report.failure = std::move(failure);
            return report;
        }
        ++report.groups_committed;
        for (const auto& step : group.steps) report.steps_committed += step.destructive && !include_blocked ? 0 : 1;
    }
    if (!path.empty()) db.execute("RESET search_path");
    return report;
}

}  // namespace app
