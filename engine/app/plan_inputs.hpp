#pragma once
// What `plan` and `apply` start from: both sides loaded and compared (a database side settles the
// file side against its server), and the planner's options read from the `from` database.
#include <optional>
#include <string>

#include "compare_with_server.hpp"
#include "engine/model/catalog.hpp"
#include "planner/fingerprint.hpp"
#include "planner/plan.hpp"
#include "planner/renames.hpp"
#include "run_settings.hpp"

namespace app {

struct Sides {
    engine::Catalog from;  // renamed as the desired state's annotations say (renames)
    engine::Catalog to;
    planner::Renames renames;
    engine::Catalog before_renames;  // `from` as read, when renames apply (what --verify loads)
    Comparison comparison;
    // `from` as read, when it is a database and load_sides was asked for it: what `apply` checks
    // the database against.
    std::optional<planner::Fingerprint> from_state;
    std::string from_database;  // its description, never a password
};

// `from_db`: `from` names a database (a URL, or the conninfo of a scratch database).
// `fingerprint_from`: take that database's fingerprint (a pass over all its facts, only for a
// plan that is saved or applied). Warnings go to stderr.
Sides load_sides(const std::string& from, bool from_db, const std::string& to, const RunSettings& settings,
                 bool fingerprint_from = false);

// The planner's options: renames, --online, and, for a database `from`, its lock table size and
// whether a table has rows.
planner::PlanOptions plan_options(const std::string& from, const planner::Renames& renames, bool online);

}  // namespace app
