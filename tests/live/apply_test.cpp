// strata apply against a real server: the happy path and its history, the guards (no terminal,
// --dry-run, destructive steps, a stale saved plan), and the faults of the Apply issue: a lock
// that is not granted, a backend killed mid-group, two applies at once, a failed concurrent index
// build, hostile identifiers.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "process.hpp"

namespace {

using test_support::ProcessResult;
using test_support::run_strata;

const char* const shop_v1 = R"SQL(
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
)SQL";

// v1 with a column added to each table: one transaction of two steps, orders.total first, then
// users.name (the fault tests lock users, so that the group has run a statement when it stops).
const char* const shop_v2 = R"SQL(
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total numeric);
)SQL";

std::string scalar(const std::string& url, const std::string& sql) {
    introspect::Connection c(url);
    return c.query(sql).get(0, 0);
}

bool column_exists(const std::string& url, const std::string& table, const std::string& column) {
    return scalar(url, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '" +
                           table + "' AND column_name = '" + column + "'") == "1";
}

ProcessResult apply_file(const std::string& url, const std::string& file, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"apply", "--url", url, "--to", file, "--auto-approve"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_strata(args);
}

// Polls `sql` on `url` until it returns "t" (up to 20 s).
void wait_until(const std::string& url, const std::string& sql) {
    introspect::Connection c(url);
    for (int i = 0; i < 400; ++i) {
        if (c.query(sql).get(0, 0) == "t") return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL("timed out waiting for: " << sql);
}

// An apply session waiting for a table lock, in database `db`.
std::string apply_waiting_on_table(const std::string& db) {
    return "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = '" + db +
           "' AND application_name = 'strata apply' AND wait_event_type = 'Lock' AND wait_event = 'relation')";
}

void require_plan_empty(const std::string& url, const std::string& file) {
    const auto again = run_strata({"plan", "--from", url, "--to", file, "--exit-code"});
    INFO(again.out << again.err);
    REQUIRE(again.exit_code == 0);
    REQUIRE(again.out == "-- no changes\n");
}

// A database at shop_v1 and a desired file at shop_v2.
struct ShopAtV1 {
    explicit ShopAtV1(const std::string& prefix) : db(prefix) {
        introspect::Connection(db.url()).execute(shop_v1);
        desired = dir.write("v2.sql", shop_v2);
    }
    test_support::ScratchDatabase db;
    test_support::TempDir dir;
    std::string desired;
};

}  // namespace

TEST_CASE("apply: a file is applied, recorded in strata.history, and a second apply has nothing to do", "[live][apply]") {
    test_support::ScratchDatabase db("apply_basic");
    test_support::TempDir dir;
    const std::string desired = dir.write("shop.sql", shop_v1);
    const auto first = apply_file(db.url(), desired);
    INFO(first.out << first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.err.find("applied 5 steps in 1 group") != std::string::npos);
    CHECK(first.err.find("strata.history id 1") != std::string::npos);
    require_plan_empty(db.url(), desired);

    const auto second = apply_file(db.url(), desired);
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    CHECK(second.err.find("nothing to do") != std::string::npos);

    introspect::Connection c(db.url());
    const auto history = c.query("SELECT status, steps, fingerprint_before <> fingerprint_after, statements, "
                                 "database_user = session_user, duration_ms >= 0, finished_at >= started_at FROM strata.history");
    REQUIRE(history.rows() == 1);
    CHECK(history.get(0, 0) == "applied");
    CHECK(history.get(0, 1) == "5");
    CHECK(history.get(0, 2) == "t");
    CHECK(history.get(0, 3).find("CREATE TABLE public.orders") != std::string::npos);
    CHECK(history.get(0, 4) == "t");
    CHECK(history.get(0, 5) == "t");
    CHECK(history.get(0, 6) == "t");
    // The strata schema is never part of a diff or a dump of the schema.
    const auto inspected = run_strata({"inspect", db.url()});
    REQUIRE(inspected.exit_code == 0);
    CHECK(inspected.out.find("strata.") == std::string::npos);
    CHECK(inspected.out.find("SCHEMA strata") == std::string::npos);
    const auto drift = run_strata({"drift", "--url", db.url(), "--to", desired});
    CHECK(drift.exit_code == 0);
}

TEST_CASE("apply: without a terminal it needs --auto-approve, and --dry-run prints the plan and changes nothing", "[live][apply]") {
    test_support::ScratchDatabase db("apply_guard");
    test_support::TempDir dir;
    const std::string desired = dir.write("shop.sql", shop_v1);
    const auto unasked = run_strata({"apply", "--url", db.url(), "--to", desired});
    CHECK(unasked.exit_code == 1);
    CHECK(unasked.err.find("--auto-approve") != std::string::npos);
    const auto dry = run_strata({"apply", "--url", db.url(), "--to", desired, "--dry-run"});
    INFO(dry.err);
    CHECK(dry.exit_code == 0);
    CHECK(dry.out.find("CREATE TABLE public.users") != std::string::npos);
    CHECK(dry.err.find("nothing applied") != std::string::npos);
    CHECK(scalar(db.url(), "SELECT count(*) FROM pg_tables WHERE schemaname IN ('public', 'strata')") == "0");
    const auto both = run_strata({"apply", "--url", db.url(), "--to", desired, "--plan", desired, "--auto-approve"});
    CHECK(both.exit_code == 1);
    const auto bad_timeout = apply_file(db.url(), desired, {"--lock-timeout", "soon"});
    CHECK(bad_timeout.exit_code == 1);
    CHECK(bad_timeout.err.find("--lock-timeout soon") != std::string::npos);
}

TEST_CASE("apply: destructive steps are refused without --allow-destructive, and nothing is applied", "[live][apply]") {
    test_support::ScratchDatabase db("apply_destructive");
    introspect::Connection(db.url()).execute(shop_v1);
    test_support::TempDir dir;
    // Drops orders.user_id (destructive) and adds users.name (not): neither is applied.
    const std::string desired = dir.write("v.sql", R"SQL(
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE TABLE orders (id bigint PRIMARY KEY);
)SQL");
    const auto refused = apply_file(db.url(), desired);
    INFO(refused.out << refused.err);
    CHECK(refused.exit_code == 3);
    CHECK(refused.err.find("drop column public.orders.user_id") != std::string::npos);
    CHECK(column_exists(db.url(), "orders", "user_id"));
    CHECK_FALSE(column_exists(db.url(), "users", "name"));
    const auto allowed = apply_file(db.url(), desired, {"--allow-destructive"});
    INFO(allowed.err);
    CHECK(allowed.exit_code == 0);
    CHECK_FALSE(column_exists(db.url(), "orders", "user_id"));
    require_plan_empty(db.url(), desired);
}

TEST_CASE("apply --plan: a saved JSON plan applies; once the database has changed it is refused, naming the change",
          "[live][apply]") {
    ShopAtV1 shop("apply_saved");
    const auto& db = shop.db;
    const auto& dir = shop.dir;
    const std::string& desired = shop.desired;
    const auto saved = run_strata({"plan", "--from", db.url(), "--to", desired, "--format", "json"});
    REQUIRE(saved.exit_code == 0);
    const std::string plan_file = dir.write("plan.json", saved.out);

    introspect::Connection(db.url()).execute("ALTER TABLE users ADD COLUMN nickname text");
    const auto stale = run_strata({"apply", "--url", db.url(), "--plan", plan_file, "--auto-approve"});
    INFO(stale.out << stale.err);
    CHECK(stale.exit_code == 1);
    CHECK(stale.err.find("has changed since the plan was computed") != std::string::npos);
    CHECK(stale.err.find("column public.users.nickname: added") != std::string::npos);
    CHECK_FALSE(column_exists(db.url(), "orders", "total"));

    introspect::Connection(db.url()).execute("ALTER TABLE users DROP COLUMN nickname");
    const auto applied = run_strata({"apply", "--url", db.url(), "--plan", plan_file, "--auto-approve"});
    INFO(applied.err);
    CHECK(applied.exit_code == 0);
    require_plan_empty(db.url(), desired);

    // A plan computed from a file has no database state to check against.
    const auto offline = run_strata({"plan", "--from", dir.write("v1.sql", shop_v1), "--to", desired, "--format", "json"});
    REQUIRE(offline.exit_code == 0);
    const auto refused = run_strata({"apply", "--url", db.url(), "--plan", dir.write("offline.json", offline.out), "--auto-approve"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("planned from a file") != std::string::npos);
    const auto broken = run_strata({"apply", "--url", db.url(), "--plan", dir.write("broken.json", "{\"groups\": [\n  {]"), "--auto-approve"});
    CHECK(broken.exit_code == 1);
    CHECK(broken.err.find("broken.json:2:") != std::string::npos);
}

TEST_CASE("apply: a lock that is not granted fails after lock_timeout, and nothing of the group is applied", "[live][apply]") {
    ShopAtV1 shop("apply_lock");
    const auto& db = shop.db;
    const std::string& desired = shop.desired;
    introspect::Connection holder(db.url());
    holder.execute("BEGIN; LOCK TABLE users IN ACCESS SHARE MODE");
    const auto failed = apply_file(db.url(), desired, {"--lock-timeout", "300ms"});
    holder.execute("ROLLBACK");
    INFO(failed.out << failed.err);
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find("lock timeout") != std::string::npos);
    CHECK(failed.err.find("not granted within 300ms") != std::string::npos);
    CHECK(failed.err.find("step 2 of 2 (create column public.users.name) failed") != std::string::npos);
    CHECK_FALSE(column_exists(db.url(), "orders", "total"));  // the group's first step, rolled back
    CHECK(scalar(db.url(), "SELECT status || ' ' || steps FROM strata.history") == "failed 0");
    const auto retried = apply_file(db.url(), desired);
    CHECK(retried.exit_code == 0);
    require_plan_empty(db.url(), desired);
}

TEST_CASE("apply: a backend killed mid-group leaves none of the group's statements, and the next apply finishes",
          "[live][apply]") {
    ShopAtV1 shop("apply_killed");
    const auto& db = shop.db;
    const std::string& desired = shop.desired;
    introspect::Connection holder(db.url());
    holder.execute("BEGIN; LOCK TABLE users IN ACCESS SHARE MODE");
    // orders.total is added, then the apply waits for users; it is killed there.
    auto running = std::async(std::launch::async, [&] { return apply_file(db.url(), desired, {"--lock-timeout", "60s"}); });
    wait_until(db.url(), apply_waiting_on_table(db.name()));
    introspect::Connection killer(db.url());
    CHECK(killer.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = "
                       "'strata apply'",
                       {db.name()})
              .get(0, 0) == "t");
    const ProcessResult killed = running.get();
    holder.execute("ROLLBACK");
    INFO(killed.out << killed.err);
    CHECK(killed.exit_code == 1);
    CHECK(killed.err.find("the server ended the session") != std::string::npos);
    CHECK(killed.err.find("step 2 of 2 (create column public.users.name) failed") != std::string::npos);
    CHECK_FALSE(column_exists(db.url(), "orders", "total"));
    CHECK(scalar(db.url(), "SELECT string_agg(status, ',') FROM strata.history") == "failed");
    const auto finished = apply_file(db.url(), desired);
    INFO(finished.err);
    CHECK(finished.exit_code == 0);
    require_plan_empty(db.url(), desired);
    CHECK(scalar(db.url(), "SELECT string_agg(status, ',' ORDER BY id) FROM strata.history") == "failed,applied");
}

TEST_CASE("apply: two applies at once never interleave: the second waits, then has nothing to do", "[live][apply]") {
    ShopAtV1 shop("apply_twice");
    const auto& db = shop.db;
    const std::string& desired = shop.desired;
    introspect::Connection holder(db.url());
    holder.execute("BEGIN; LOCK TABLE users IN ACCESS SHARE MODE");
    auto first = std::async(std::launch::async, [&] { return apply_file(db.url(), desired, {"--lock-timeout", "60s"}); });
    wait_until(db.url(), apply_waiting_on_table(db.name()));  // the first holds the apply lock
    auto second = std::async(std::launch::async, [&] { return apply_file(db.url(), desired, {"--lock-timeout", "60s"}); });
    wait_until(db.url(), "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = "
                         "(SELECT oid FROM pg_database WHERE datname = current_database()))");
    holder.execute("ROLLBACK");
    const ProcessResult a = first.get();
    const ProcessResult b = second.get();
    INFO(a.err << "\n---\n" << b.err);
    CHECK(a.exit_code == 0);
    CHECK(a.err.find("applied 2 steps") != std::string::npos);
    CHECK(b.exit_code == 0);
    CHECK(b.err.find("nothing to do") != std::string::npos);
    CHECK(scalar(db.url(), "SELECT count(*) FROM strata.history") == "1");
    require_plan_empty(db.url(), desired);

    // A second apply that cannot wait long enough says who holds the lock.
    introspect::Connection other(db.url());
    other.query("SELECT pg_advisory_lock(8319400174550056961)");
    const auto blocked = apply_file(db.url(), desired, {"--lock-timeout", "200ms"});
    CHECK(blocked.exit_code == 1);
    CHECK(blocked.err.find("another apply holds the apply lock") != std::string::npos);
    CHECK(blocked.err.find("by backend " + std::to_string(other.backend_pid())) != std::string::npos);
}

TEST_CASE("apply --online: a failed CREATE INDEX CONCURRENTLY leaves no invalid index behind", "[live][apply]") {
    test_support::ScratchDatabase db("apply_concurrent");
    introspect::Connection(db.url()).execute(std::string(shop_v1) + "INSERT INTO users VALUES (1, 'a'), (2, 'a');");
    test_support::TempDir dir;
    const std::string desired = dir.write("v.sql", std::string(shop_v1) + "CREATE UNIQUE INDEX users_email_key ON users (email);");
    const auto failed = apply_file(db.url(), desired, {"--online"});
    INFO(failed.out << failed.err);
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find("could not create unique index") != std::string::npos);
    CHECK(failed.err.find("dropped the invalid index public.users_email_key") != std::string::npos);
    CHECK(scalar(db.url(), "SELECT count(*) FROM pg_index WHERE NOT indisvalid") == "0");
    introspect::Connection(db.url()).execute("DELETE FROM users WHERE id = 2");
    const auto fixed = apply_file(db.url(), desired, {"--online"});
    INFO(fixed.err);
    CHECK(fixed.exit_code == 0);
    require_plan_empty(db.url(), desired);
}

TEST_CASE("apply: hostile identifiers go from file to database and back, and the plan stays empty", "[live][apply]") {
    test_support::ScratchDatabase db("apply_hostile");
    test_support::TempDir dir;
    const std::string desired = dir.write("hostile.sql", R"SQL(
CREATE SCHEMA "we ird";
CREATE TABLE "; DROP TABLE x; --" ("Select" text, "from" int, "it's" text, "a ""quoted"" name" text);
CREATE TABLE "we ird"."Café ☕" (id int PRIMARY KEY, "naïve column" text DEFAULT 'it''s; DROP TABLE x');
CREATE INDEX "idx; DROP" ON "; DROP TABLE x; --" ("Select");
COMMENT ON TABLE "; DROP TABLE x; --" IS 'it''s -- not a comment; DROP TABLE x';
CREATE TABLE x (id int);
)SQL");
    const auto applied = apply_file(db.url(), desired);
    INFO(applied.out << applied.err);
    REQUIRE(applied.exit_code == 0);
    CHECK(scalar(db.url(), "SELECT count(*) FROM pg_class WHERE relname IN ('; DROP TABLE x; --', 'Café ☕', 'x', 'idx; DROP')") == "4");
    require_plan_empty(db.url(), desired);
    // Database → file → the same database: nothing to plan.
    const auto inspected = run_strata({"inspect", db.url()});
    REQUIRE(inspected.exit_code == 0);
    require_plan_empty(db.url(), dir.write("inspected.sql", inspected.out));
}

TEST_CASE("apply on a terminal shows the plan and asks: no applies nothing, yes applies with progress", "[live][apply]") {
    ShopAtV1 shop("apply_tty");
    // util-linux's script(1) gives strata a terminal; the answer is typed into it.
    auto on_terminal = [&](const std::string& answer) {
        test_support::ProcessOptions options;
        options.input = answer + "\n";
        const std::string command = "'" + test_support::strata_binary() + "' apply --url '" + shop.db.url() + "' --to '" +
                                    shop.desired + "'";
        return test_support::run_process({"script", "-qec", command, "/dev/null"}, options);
    };
    const ProcessResult no = on_terminal("n");
    INFO(no.out << no.err);
    CHECK(no.exit_code == 1);
    CHECK(no.out.find("ALTER TABLE public.users ADD COLUMN name text;") != std::string::npos);
    CHECK(no.out.find("Apply 2 changes to host") != std::string::npos);
    CHECK(no.out.find("not confirmed; nothing was applied") != std::string::npos);
    CHECK_FALSE(column_exists(shop.db.url(), "users", "name"));
    const ProcessResult yes = on_terminal("y");
    INFO(yes.out << yes.err);
    CHECK(yes.exit_code == 0);
    CHECK(yes.out.find("[2/2] create column public.users.name") != std::string::npos);
    CHECK(yes.out.find("applied 2 steps in 1 group") != std::string::npos);
    require_plan_empty(shop.db.url(), shop.desired);
}
