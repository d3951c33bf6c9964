#pragma once
// strata.history: one row per `apply` that ran statements, applied or failed. The schema and
// table are created by the first apply; the introspector never reads schema `strata`, so it never
// shows up in a diff.
#include <string>

#include "introspect/connection.hpp"

namespace app {

struct ApplyRecord {
    std::string started_at;          // the server's clock_timestamp() when the apply began
    std::string status;              // "applied" or "failed"
    std::string fingerprint_before;  // planner::Fingerprint digests
    std::string fingerprint_after;   // "" when unknown (a failed apply)
    std::size_t steps = 0;           // statements that committed
    std::string statements;          // their SQL, as run
    long long duration_ms = 0;
    std::string error;               // the failure, "" when applied
};

// Writes `record` in its own transaction and returns its id. Every value is a parameter.
long long record_apply(introspect::Connection& db, const ApplyRecord& record);

}  // namespace app
