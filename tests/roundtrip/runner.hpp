#pragma once
// Runs every input against the live server: PostgreSQL 15's verdict (does the file load into a
// fresh database?) and, for accepted files, two round trips: the file's (original and Strata's
// canonical SQL of the file give equal pg_dump --schema-only output) and the live one (the
// loaded database and Strata's canonical SQL of that database do).
#include <string>
#include <vector>

#include "cases.hpp"

namespace roundtrip {

struct Settings {
    std::string server_url;  // the throwaway server (STRATA_TEST_URL)
    std::string pg_bindir;   // psql and pg_dump
    std::string strata;      // the binary under test
    bool round_trip = true;  // false: PostgreSQL's verdicts only
    int jobs = 2;            // worker threads, each with its own scratch databases
};

struct Outcome {
    std::string verdict;  // "accepted", "rejected" or "skipped"
    std::string why;      // the rejection's first error line, or why it was skipped
    std::string result;   // round trip: "passed", "failed" or "skipped"
    std::string reason;   // why the round trip failed
    // Live round trip: `strata inspect <database A>` loads into database C, and A and C give
    // equal pg_dump --schema-only output. "passed", "failed" or "skipped".
    std::string live_result;
    std::string live_reason;
    // Drift: `strata drift --url <A> --to <file>` exits 0, and so does drift between A and C
    // (two databases with one schema). "passed", "failed" or "skipped".
    std::string drift_result;
    std::string drift_reason;
    // Plan (conformance to.sql): `strata plan --from <from.sql loaded> --to to.sql
    // --allow-destructive` applies, the database then dumps equal to A, and planning again is
    // empty. A refusal (exit 1 with a message) passes where the peer refuses too.
    std::string plan_result;
    std::string plan_reason;
    // Exact plan (corpus): `strata plan --from <A> --to <file> --dev-url tmp --exit-code` finds
    // nothing, the file executed on a throwaway server of Strata's own and read back.
    std::string devplan_result;
    std::string devplan_reason;
    std::string error;    // the harness itself failed (server, tools): fails the test
    double seconds = 0;
};

// Runs the cluster-wide setup once (roles, corpus preludes' roles), then every input on
// `settings.jobs` threads. The outcomes are in the order of `inputs`.
std::vector<Outcome> run_all(const std::vector<Input>& inputs, const std::vector<std::string>& roles,
                             const std::vector<std::string>& preludes, const Settings& settings);

}  // namespace roundtrip
