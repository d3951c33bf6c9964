#pragma once
// plan(from, to, changes) → the ordered steps that take `from` to `to`. Drops come first, in the
// reverse of `from`'s creation order; then creations and alterations in `to`'s creation order
// (the order `strata inspect --format sql` writes a whole catalog in), so that every object finds
// what it needs. Objects that depend on something dropped or changed in shape (a view on a column
// whose type changes, a trigger on a function that is re-created) are dropped and re-created
// around it: from the server's pg_depend edges when `from` is a live database, from name mentions
// otherwise.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "planner/diff.hpp"
#include "planner/fingerprint.hpp"

namespace planner {

struct Step {
    std::string sql;                          // one statement, without its ';'
    std::vector<engine::Ident> search_path;   // names in `sql` resolve through it (empty: default)
    std::string object_kind;                  // "table", "column", …
    std::string object;                       // its path: public.users.email
    std::string action;                       // "create", "drop", "alter", "replace"
    std::vector<std::string> hazards;         // "deletes data", "rewrites table", …
    std::string lock;                         // "ACCESS EXCLUSIVE on public.users", or ""
    bool transactional = true;                // may run inside BEGIN … COMMIT
    bool own_group = false;                   // runs in a transaction of its own (--online: VALIDATE)
    bool destructive = false;                 // loses data or breaks readers (DESIGN §4)
};

// Consecutive steps that run as one transaction (or, when !transactional, one statement alone).
struct StepGroup {
    bool transactional = true;
    std::vector<Step> steps;
};

struct Plan {
    std::vector<StepGroup> groups;
    // Set when transactions were split to stay within the server's lock table (LockBudget): why,
    // for the script's header.
    std::string lock_split;
    // Notes for the user: what the plan could not decide ("table public.t: whether it has rows is
    // unknown without a database").
    std::vector<std::string> notes;
    // The state the plan starts from, when it was read from a database (set by the caller): `apply
    // --plan` refuses to run the plan on a database that no longer matches it.
    std::optional<Fingerprint> from_state;
    std::string from_database;  // "host … port … database …", never a password
    bool empty() const { return groups.empty(); }
    std::size_t step_count() const;
};

// How many locks one transaction of the plan may take: the server's shared lock table holds
// max_locks_per_transaction × (max_connections + max_prepared_transactions) entries, and a
// transaction that needs more fails with "out of shared memory". A plan takes at most half of
// it per transaction (other sessions use the table too); steps are weighed in locks by
// lock_weight() (emit.cpp), and a transaction that would go over is committed first.
struct LockBudget {
    long max_locks_per_transaction = 64;  // PostgreSQL's defaults, for file sources
    long max_connections = 100;
    long max_prepared_transactions = 0;
    bool from_server = false;  // read from the `from` database
    long locks() const { return max_locks_per_transaction * (max_connections + max_prepared_transactions) / 2; }
};

struct PlanOptions {
    // Whether a table has rows (for NOT NULL without a default): nullopt when unknown (file source).
    std::function<std::optional<bool>(const engine::QualifiedName&)> table_has_rows;
    // A sequence's stored value (its START until first called), for option changes whose new
    // bounds may exclude it: the sequence by name, or a table's column's identity sequence.
    // nullopt when unknown (file source: the old START is assumed).
    std::function<std::optional<std::int64_t>(const engine::QualifiedName&, const std::optional<engine::Ident>&)>
        sequence_value;
    // Steps that run before all others: the RENAMEs of apply_renames() (renames.hpp), whose
    // `from` the plan is given.
    std::vector<Step> renames;
    // --online (DESIGN §4): CONCURRENTLY, NOT VALID + VALIDATE, SET NOT NULL through a validated
    // CHECK, keys through a unique index built CONCURRENTLY, on tables that exist and stay.
    bool online = false;
    LockBudget lock_budget;
};

Plan plan(const engine::Catalog& from, const engine::Catalog& to, const ChangeSet& changes,
          const PlanOptions& options = {});

// The statement that sets a step's search_path: "SET search_path = a, b", or "RESET search_path"
// for the default (no ';').
std::string search_path_sql(const std::vector<engine::Ident>& path);

// The script `strata plan` prints: groups as BEGIN … COMMIT, each step after a comment with its
// object, hazards, lock and transactionality. Destructive steps are commented out unless
// `allow_destructive`. An empty plan is "-- no changes".
std::string plan_sql(const Plan& plan, bool allow_destructive);
// The same as JSON: {"groups": [{"transactional": …, "steps": [{…}]}], "blocked": N, "from": {…}}.
// `apply --plan` reads it back (engine/app/plan_file.cpp).
std::string plan_json(const Plan& plan, bool allow_destructive);
// The destructive steps, one line each ("drop table public.t: deletes data").
std::vector<std::string> blocked_steps(const Plan& plan);

}  // namespace planner
