#include "apply_history.hpp"

#include <pwd.h>
#include <unistd.h>

#include "engine/version.hpp"

namespace app {

namespace {

const char* const history_table = R"SQL(
CREATE SCHEMA IF NOT EXISTS strata;
CREATE TABLE IF NOT EXISTS strata.history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    status text NOT NULL CHECK (status IN ('applied', 'failed')),
    fingerprint_before text NOT NULL,
    fingerprint_after text,
    steps integer NOT NULL,
    statements text NOT NULL,
    duration_ms bigint NOT NULL,
    database_user text NOT NULL DEFAULT session_user,
    client_user text,
    client_host text,
    strata_version text NOT NULL,
    error text
);
COMMENT ON TABLE strata.history IS 'One row per strata apply; never part of a schema diff.';
)SQL";

std::string client_user() {
    if (const passwd* pw = getpwuid(geteuid())) return pw->pw_name;
    return std::to_string(geteuid());
}

std::string client_host() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0) return "";
    return name;
}

}  // namespace

long long record_apply(introspect::Connection& db, const ApplyRecord& r) {
    db.execute("BEGIN");
    try {
        db.execute("SET LOCAL client_min_messages = warning");  // "schema strata already exists, skipping"
        db.execute(history_table);
        const auto row = db.query(
            "INSERT INTO strata.history (started_at, status, fingerprint_before, fingerprint_after, steps, statements, "
            "duration_ms, client_user, client_host, strata_version, error) "
            "VALUES ($1::timestamptz, $2, $3, NULLIF($4, ''), $5::integer, $6, $7::bigint, $8, NULLIF($9, ''), $10, NULLIF($11, '')) "
            "RETURNING id",
            {r.started_at, r.status, r.fingerprint_before, r.fingerprint_after, std::to_string(r.steps), r.statements,
             std::to_string(r.duration_ms), client_user(), client_host(), std::string(engine::strata_version), r.error});
        db.execute("COMMIT");
        return std::stoll(row.get(0, 0));
    } catch (...) {
        if (db.alive()) db.execute("ROLLBACK");
        throw;
    }
}

}  // namespace app
