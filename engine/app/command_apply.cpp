// strata apply --url URL (--to SRC | --plan FILE): changes a live database, safely (DESIGN §4).
//  1. One session takes the apply lock (a session advisory lock, waited for up to --lock-timeout):
//     two applies never interleave, the second one plans after the first has finished.
//  2. The plan is computed from the database (--to) or read from a JSON plan file (--plan).
//  3. It is shown and confirmed on a terminal (--auto-approve otherwise; --dry-run stops here).
//  4. The database is read again and must still have the fingerprint the plan was computed
//     from; otherwise apply refuses and names what changed.
//  5. The groups run with lock_timeout and statement_timeout set: each transaction all or
//     nothing, CONCURRENTLY steps one by one.
//  6. strata.history records the apply, applied or failed; one summary line ends it.
#include <fmt/core.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "apply_history.hpp"
#include "commands.hpp"
#include "exit_code.hpp"
#include "introspect/read_catalog.hpp"
#include "plan_file.hpp"
#include "plan_inputs.hpp"
#include "plan_runner.hpp"
#include "planner/fingerprint.hpp"
#include "planner/plan.hpp"

namespace app {

namespace {

// pg_advisory_lock's key for "strata apply" (the bytes "strata\0\1"); advisory locks are per
// database, so applies to different databases of one server do not wait for each other.
constexpr const char* apply_lock_key = "8319400174550056961";

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

struct ApplyOptions {
    std::string url;
    std::string lock_timeout = "5s";
    std::string statement_timeout = "30min";
    bool dry_run = false;
    bool auto_approve = false;
    bool allow_destructive = false;
};

// A session setting from a flag: the server checks the value, the message names the flag.
void set_from_flag(introspect::Connection& db, const std::string& flag, const std::string& setting, const std::string& value) {
    try {
        db.set(setting, value);
    } catch (const introspect::DatabaseError& e) {
        throw engine::Error("strata apply: " + flag + " " + value + ": not a duration PostgreSQL accepts (e.g. 5s, 2min): " +
                            e.message());
    }
}

// Waits up to lock_timeout for the apply lock; names the session holding it when it is not granted.
void take_apply_lock(introspect::Connection& db, const ApplyOptions& options) {
    try {
        db.query("SELECT pg_catalog.pg_advisory_lock($1::bigint)", {std::string(apply_lock_key)});
    } catch (const introspect::DatabaseError& e) {
        if (e.sqlstate() != "55P03") throw;
        std::string holder;
        try {
            const auto who = db.query(
                "SELECT a.pid, COALESCE(a.application_name, ''), COALESCE(a.usename::text, ''), "
                "COALESCE(to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS'), to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS')) "
                "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_catalog.pg_database "
                "WHERE datname = pg_catalog.current_database()) AND ((l.classid::bigint << 32) | l.objid::bigint) = $1::bigint",
                {std::string(apply_lock_key)});
            if (who.rows() > 0)
                holder = fmt::format(" by backend {} ({}, user {}, since {})", who.get(0, 0),
                                     who.get(0, 1).empty() ? "no application name" : who.get(0, 1), who.get(0, 2),
                                     who.get(0, 3));
        } catch (const engine::Error&) {
        }
        throw engine::Error(fmt::format("strata apply: another apply holds the apply lock on {}{}; waited {} "
                                        "(--lock-timeout). Try again when it has finished.",
                                        db.describe(), holder, options.lock_timeout));
    }
}

// A plan from --plan FILE, or computed now from the database and --to; either way with
// plan.from_state set, the state it starts from.
struct Planned {
    planner::Plan plan;
    bool from_file = false;
};

Planned make_plan(const Arguments& args, const RunSettings& settings, const ApplyOptions& options) {
    Planned planned;
    if (const auto file = args.value("--plan")) {
        planned.plan = read_plan_file(*file);
        planned.from_file = true;
        if (!planned.plan.from_state)
            throw engine::Error("strata apply: " + *file + " was planned from a file, not from a database: there is no "
                                "state to check the database against. Plan with --from URL and --format json.");
        return planned;
    }
    Sides sides = load_sides(options.url, true, *settings.to, settings, true);
    for (const auto& p : sides.comparison.problems)
        throw engine::Error("strata apply: view " + p.view.quoted() + ": cannot be created from the desired query: " + p.message);
    planned.plan = planner::plan(sides.from, sides.to, sides.comparison.changes,
                                 plan_options(options.url, sides.renames, settings.online));
    planned.plan.from_state = std::move(sides.from_state);
    return planned;
}

// Asks on the terminal; true when the answer is yes.
bool confirmed(std::size_t steps, const std::string& database) {
    fmt::print(stderr, "Apply {} change{} to {}? [y/N] ", steps, steps == 1 ? "" : "s", database);
    std::fflush(stderr);
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    return answer == "y" || answer == "Y" || answer == "yes" || answer == "YES" || answer == "Yes";
}

// On a terminal: one line, rewritten per step: "[3/12] create index public.i (1.2 s)".
class Progress {
public:
    explicit Progress(bool shown) : shown_(shown), start_(Clock::now()) {}
    void step(std::size_t number, std::size_t total, const planner::Step& step) const {
        if (!shown_) return;
        fmt::print(stderr, "\r\033[K[{}/{}] {} ({:.1f} s)", number, total, step_name(step), seconds_since(start_));
        std::fflush(stderr);
    }
    void done() const {
        if (shown_) fmt::print(stderr, "\r\033[K");
    }

private:
    bool shown_;
    Clock::time_point start_;
};

std::string executed_sql(const planner::Plan& plan, const RunReport& run, bool include_blocked) {
    std::string out;
    std::size_t groups = 0;
    for (const auto& group : plan.groups) {
        if (groups++ == run.groups_committed) break;
        for (const auto& step : group.steps)
            if (!step.destructive || include_blocked) out += step.sql + ";\n";
    }
    return out;
}

std::string why(const StepFailure& f, const ApplyOptions& options) {
    if (f.sqlstate == "55P03")
        return fmt::format("a lock was not granted within {} (--lock-timeout): another session holds a conflicting "
                           "lock; nothing of group {} was applied. Retry when it is released, or raise --lock-timeout.",
                           options.lock_timeout, f.group_number);
    if (f.sqlstate == "57014")
        return fmt::format("the statement was canceled (statement_timeout is {}, --statement-timeout)",
                           options.statement_timeout);
    if (f.connection_lost)
        return fmt::format("the server ended the session: the open transaction of group {} was rolled back by the server, "
                           "none of its steps remain. Run apply again to finish.",
                           f.group_number);
    return fmt::format("group {} was rolled back: none of its steps remain", f.group_number);
}

}  // namespace

int apply(const Arguments& args, const RunSettings& settings) {
    ApplyOptions options;
    if (!settings.url || settings.url->empty()) {
        fmt::print(stderr, "strata apply: needs --url URL\nRun 'strata apply --help' for usage.\n");
        return exit_error;
    }
    const bool has_plan = args.has("--plan");
    if (has_plan && args.has("--to")) {
        fmt::print(stderr, "strata apply: --to SRC and --plan FILE exclude each other: a saved plan already says where it goes\n");
        return exit_error;
    }
    if (!has_plan && (!settings.to || settings.to->empty())) {
        fmt::print(stderr, "strata apply: needs --to SRC (or --plan FILE)\nRun 'strata apply --help' for usage.\n");
        return exit_error;
    }
    options.url = *settings.url;
    options.lock_timeout = args.value("--lock-timeout").value_or(options.lock_timeout);
    options.statement_timeout = args.value("--statement-timeout").value_or(options.statement_timeout);
    options.dry_run = args.has("--dry-run");
    options.auto_approve = args.has("--auto-approve");
    options.allow_destructive = settings.allow_destructive;
    const bool terminal = isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
    if (!options.dry_run && !options.auto_approve && !terminal) {
        fmt::print(stderr, "strata apply: standard input is not a terminal, so there is no one to confirm: pass "
                           "--auto-approve to apply without asking, or --dry-run to see the plan\n");
        return exit_error;
    }

    const auto start = Clock::now();
    introspect::Connection db(options.url);
    const std::string database = db.describe();
    db.set("application_name", "strata apply");
    set_from_flag(db, "--lock-timeout", "lock_timeout", options.lock_timeout);
    set_from_flag(db, "--statement-timeout", "statement_timeout", options.statement_timeout);
    const std::string started_at = db.query("SELECT pg_catalog.clock_timestamp()::text").get(0, 0);
    take_apply_lock(db, options);

    Planned planned = make_plan(args, settings, options);
    const planner::Plan& plan = planned.plan;
    const planner::Fingerprint& from_state = *plan.from_state;
    if (plan.empty() && !planned.from_file) {
        fmt::print(stderr, "strata apply: nothing to do: {} already matches the desired state\n", database);
        return exit_ok;
    }
    const std::vector<std::string> blocked = planner::blocked_steps(plan);
    if (!blocked.empty() && !options.allow_destructive) {
        fmt::print("{}", planner::plan_sql(plan, false));
        fmt::print(stderr, "strata apply: {} destructive step{} blocked; nothing was applied (--allow-destructive applies them):\n",
                   blocked.size(), blocked.size() == 1 ? "" : "s");
        for (const auto& b : blocked) fmt::print(stderr, "  {}\n", b);
        return exit_blocked;
    }
    const bool asked = terminal && !options.auto_approve && !options.dry_run;
    if (options.dry_run || asked) fmt::print("{}", planner::plan_sql(plan, options.allow_destructive));
    if (options.dry_run) {
        fmt::print(stderr, "strata apply: --dry-run: {} step{} planned, nothing applied to {}\n", plan.step_count(),
                   plan.step_count() == 1 ? "" : "s", database);
        return exit_ok;
    }
    if (asked && !confirmed(plan.step_count(), database)) {
        fmt::print(stderr, "strata apply: not confirmed; nothing was applied\n");
        return exit_error;
    }

    // The database must still be what the plan was computed from: read again when time has passed
    // (a prompt) or the plan was computed elsewhere (--plan).
    if (planned.from_file || asked) {
        const planner::Fingerprint now = planner::fingerprint(introspect::read_catalog(db, {settings.exclude, settings.schemas}).catalog);
        if (now.digest != from_state.digest) {
            fmt::print(stderr, "strata apply: {} has changed since the plan was computed; nothing was applied. Plan again. "
                               "What differs from the plan's starting state:\n",
                       database);
            for (const auto& line : planner::fingerprint_changes(from_state, now)) fmt::print(stderr, "  {}\n", line);
            return exit_error;
        }
    }
    if (plan.empty()) {
        fmt::print(stderr, "strata apply: nothing to do: the plan is empty\n");
        return exit_ok;
    }

    const Progress progress(isatty(STDERR_FILENO) != 0);
    const RunReport run = run_plan(db, plan, options.allow_destructive,
                                   [&](std::size_t n, std::size_t total, const planner::Step& s) { progress.step(n, total, s); });
    progress.done();
    for (const auto& m : run.mended) fmt::print(stderr, "strata apply: {}\n", m);

    ApplyRecord record;
    record.started_at = started_at;
    record.fingerprint_before = from_state.digest;
    record.steps = run.steps_committed;
    record.statements = executed_sql(plan, run, options.allow_destructive);
    if (run.failure) {
        const StepFailure& f = *run.failure;
        fmt::print(stderr, "strata apply: step {} of {} ({}) failed: {}\n", f.step_number, plan.step_count(), f.step, f.message);
        fmt::print(stderr, "strata apply: {}\n", why(f, options));
        fmt::print(stderr, "strata apply: {} of {} group{} had committed before it ({} step{})\n", run.groups_committed,
                   plan.groups.size(), plan.groups.size() == 1 ? "" : "s", run.steps_committed,
                   run.steps_committed == 1 ? "" : "s");
        record.status = "failed";
        record.error = fmt::format("step {} ({}): {}", f.step_number, f.step, f.message);
    } else {
        record.status = "applied";
    }
    long long history_id = 0;
    try {
        // A session the server ended is replaced for the record.
        std::optional<introspect::Connection> fresh;
        if (!db.alive()) fresh.emplace(options.url);
        introspect::Connection& writer = fresh ? *fresh : db;
        if (!run.failure)
            record.fingerprint_after = planner::fingerprint(introspect::read_catalog(writer, {settings.exclude, settings.schemas}).catalog).digest;
        record.duration_ms = static_cast<long long>(seconds_since(start) * 1000);
        history_id = record_apply(writer, record);
    } catch (const engine::Error& e) {
        fmt::print(stderr, "strata apply: warning: the apply could not be recorded in strata.history: {}\n", e.what());
    }
    if (run.failure) return exit_error;
    fmt::print(stderr, "strata apply: applied {} step{} in {} group{} to {} in {:.2f} s{}\n", run.steps_committed,
               run.steps_committed == 1 ? "" : "s", run.groups_committed, run.groups_committed == 1 ? "" : "s", database,
               seconds_since(start), history_id ? fmt::format(" (strata.history id {})", history_id) : "");
    return exit_ok;
}

}  // namespace app
