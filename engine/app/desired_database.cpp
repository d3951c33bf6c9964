#include "desired_database.hpp"

#include "engine/diagnostic.hpp"
#include "introspect/connection.hpp"
#include "plan_runner.hpp"
#include "planner/diff.hpp"
#include "planner/plan.hpp"
#include "planner/render_catalog.hpp"

namespace app {

namespace {

// The catalog created step by step on another scratch database, to find the statement the server
// refuses and the object's place in the file. Throws that located error, or returns when every
// step runs (the whole script failed for a reason no single step shows).
void locate_failure(const std::string& server, const engine::Catalog& catalog, const std::string& source) {
    const ScratchDatabase scratch(server, "locate");
    introspect::Connection db(scratch.target());
    db.execute("SET client_min_messages = warning");
    const engine::Catalog empty;
    const planner::ChangeSet changes = planner::diff(empty, catalog);
    const planner::Plan plan = planner::plan(empty, catalog, changes);
    const RunReport run = run_plan(db, plan, true);
    if (!run.failure || !run.failure->failed) return;
    const planner::Step& step = *run.failure->failed;
    engine::SourceLocation where;
    for (const auto& c : changes.changes)
        if (c.path == step.object && c.object_kind == step.object_kind) where = c.to_where;
    if (where.file.empty()) where.file = source;
    // The server's excerpt of our rendering ("LINE 3: …") and the scratch database's name would
    // only mislead next to the file's own line.
    std::string message = run.failure->message;
    if (const std::size_t excerpt = message.find(" LINE "); excerpt != std::string::npos) message.resize(excerpt);
    throw engine::Error(where, "--dev-url: " + step.object_kind + " " + step.object + " cannot be created: " + message);
}

}  // namespace

std::unique_ptr<ScratchDatabase> load_desired(const std::string& server, const engine::Catalog& catalog,
                                              const std::string& purpose, const std::string& source) {
    auto scratch = std::make_unique<ScratchDatabase>(server, purpose);
    try {
        introspect::Connection db(scratch->target());
        db.execute("SET client_min_messages = warning");
        db.execute(planner::render_catalog_sql(catalog));
    } catch (const engine::Error& e) {
        locate_failure(server, catalog, source);
        throw engine::Error(engine::SourceLocation{source, 0, 0},
                            std::string("--dev-url: could not be loaded into a scratch database: ") + e.what());
    }
    return scratch;
}

}  // namespace app
