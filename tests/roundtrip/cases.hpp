#pragma once
// The inputs of the round trip: the real-world corpus and the peers' conformance cases,
// read in place from ../shared (never copied into the repository).
#include <cstdint>
#include <string>
#include <vector>

namespace roundtrip {

struct Input {
    std::string group;    // "corpus", "migra", "sqldef" or "pg-schema-diff"
    std::string rel;      // path below shared/, e.g. "conformance/sqldef/<case>/from.sql"
    std::string path;     // absolute path
    std::string prelude;  // corpus prelude.sql to run first, or ""
    std::string skip;     // why the file is not loaded (needs a newer server), or ""
    std::uintmax_t size = 0;
    // The live stages (inspect of the loaded database, drift) run on the corpus and on the
    // conformance to.sql files, the desired states of the cases.
    bool live = false;
    // A conformance to.sql: its case's from.sql, where the plan stage starts, and whether the
    // peer refuses the change (meta.json expectedPlanErrorIs / expectedPlanErrorContains).
    std::string plan_from;
    bool plan_error_expected = false;
};

// Every corpus schema.sql and history/*.sql, and every conformance from.sql and to.sql,
// sorted by `rel`.
std::vector<Input> enumerate_inputs(const std::string& shared_dir);

// The roles the conformance cases expect to exist, as SQL identifiers (quoted where the
// meta.json spells them quoted): meta.json "roles", sqldef's "managed_roles" and "user",
// and migra's role named in its notes ("A role X is created first."). Sorted, unique.
std::vector<std::string> case_roles(const std::string& shared_dir);

// The corpus preludes (they create cluster roles and must not run concurrently the first time).
std::vector<std::string> corpus_preludes(const std::string& shared_dir);

}  // namespace roundtrip
