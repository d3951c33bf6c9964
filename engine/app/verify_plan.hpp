#pragma once
// `plan --verify` (DESIGN §4): the plan is proven before it is printed. A scratch database on the
// --dev-url server (or on the server of the side that is a database) is loaded with the current
// state, the plan runs there group by group as psql would run it (every step, blocked ones too: the
// copy is thrown away), and the result is read back and compared with the desired state: it must
// be equal.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "planner/plan.hpp"
#include "run_settings.hpp"

namespace app {

struct Verification {
    bool proven = false;
    std::vector<std::string> problems;  // the failing step with the server's message, or what still differs
};

Verification verify_plan(const std::string& server, const engine::Catalog& from, const engine::Catalog& to,
                         const planner::Plan& plan, const RunSettings& settings);

}  // namespace app
