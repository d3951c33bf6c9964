#pragma once
// Runs a plan on a connection the way the script runs under psql: a transactional group between
// BEGIN and COMMIT, all or nothing; any other step alone. It stops at the first failure, rolls
// that group back, and reports what had committed. Shared by `apply` and `plan --verify`.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "introspect/connection.hpp"
#include "planner/plan.hpp"

namespace app {

struct StepFailure {
    std::size_t step_number = 0;   // 1-based, over the whole plan, as the script numbers steps
    std::size_t group_number = 0;  // 1-based
    std::string step;              // "create index public.i"
    const planner::Step* failed = nullptr;  // that step, in the plan run; nullptr for a COMMIT
    std::string message;           // the server's, without any password
    std::string sqlstate;          // "55P03": a lock was not granted within lock_timeout
    bool connection_lost = false;  // the server ended the session (nothing uncommitted survives)
};

struct RunReport {
    std::size_t groups_committed = 0;
    std::size_t steps_committed = 0;
    std::optional<StepFailure> failure;
    // What the runner mended: "dropped the invalid index public.i that a failed CONCURRENTLY build left".
    std::vector<std::string> mended;
};

// Called before each step runs: its number (1-based), the plan's step count, the step.
using StepObserver = std::function<void(std::size_t number, std::size_t total, const planner::Step&)>;

// `include_blocked`: run destructive steps too (--allow-destructive, or a scratch copy).
RunReport run_plan(introspect::Connection& db, const planner::Plan& plan, bool include_blocked,
                   const StepObserver& observe = {});

// "create index public.i" for messages.
std::string step_name(const planner::Step& step);

}  // namespace app
