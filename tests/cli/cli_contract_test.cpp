// The CLI contract of DESIGN §4, checked by running the real binary.
#include <catch2/catch.hpp>

#include "process.hpp"

using test_support::run_strata;

namespace {

int line_count(const std::string& text) {
    int lines = 0;
    for (char c : text) lines += c == '\n';
    return lines;
}

}  // namespace

TEST_CASE("strata help, --help and version exit 0", "[cli]") {
    for (auto args : {std::vector<std::string>{"help"}, {"--help"}, {"help", "plan"}, {"help", "migrate", "new"}}) {
        auto r = run_strata(args);
        INFO(args[0]);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("Usage:") != std::string::npos);
    }
    auto v = run_strata({"version"});
    CHECK(v.exit_code == 0);
    CHECK(v.out.rfind("strata ", 0) == 0);
}

TEST_CASE("every command has --help", "[cli]") {
    for (auto command : {"plan", "apply", "drift", "lint", "inspect", "migrate", "version"}) {
        auto r = run_strata({command, "--help"});
        INFO(command);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find(std::string("Usage: strata ") + command) == 0);
        CHECK(r.err.empty());
    }
    for (auto sub : {"new", "apply", "status"}) {
        auto r = run_strata({"migrate", sub, "--help"});
        INFO(sub);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find(std::string("Usage: strata migrate ") + sub) == 0);
    }
}

TEST_CASE("an unknown command prints one line and the usage hint, exit 1", "[cli]") {
    auto r = run_strata({"no-such-command"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "strata: unknown command 'no-such-command'\nRun 'strata help' for usage.\n");
}

TEST_CASE("an unknown flag prints one line and the usage hint, exit 1", "[cli]") {
    auto r = run_strata({"drift", "--no-such-flag"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == "strata drift: unknown flag '--no-such-flag'\nRun 'strata drift --help' for usage.\n");
    auto m = run_strata({"migrate", "launch"});
    CHECK(m.exit_code == 1);
    CHECK(line_count(m.err) == 2);
}

TEST_CASE("commands that are not built yet say so and exit 1", "[cli]") {
    for (auto args : {std::vector<std::string>{"lint", "a.sql"},
                      {"migrate", "status", "--url", "x", "--dir", "d"}}) {
        auto r = run_strata(args);
        INFO(args[0]);
        CHECK(r.exit_code == 1);
        CHECK(r.out.empty());
        CHECK(r.err.find("not available yet") != std::string::npos);
    }
}

TEST_CASE("apply needs a URL and either --to or --plan, and a terminal or --auto-approve", "[cli][apply]") {
    auto no_url = run_strata({"apply", "--to", "a.sql", "--auto-approve"});
    CHECK(no_url.exit_code == 1);
    CHECK(no_url.err.rfind("strata apply: needs --url URL", 0) == 0);
    auto no_to = run_strata({"apply", "--url", "postgres://x/y", "--auto-approve"});
    CHECK(no_to.exit_code == 1);
    CHECK(no_to.err.rfind("strata apply: needs --to SRC (or --plan FILE)", 0) == 0);
    auto both = run_strata({"apply", "--url", "postgres://x/y", "--to", "a.sql", "--plan", "p.json"});
    CHECK(both.exit_code == 1);
    CHECK(both.err.find("exclude each other") != std::string::npos);
    // Tests run without a terminal on standard input: nobody could answer the prompt.
    auto unconfirmed = run_strata({"apply", "--url", "postgres://x/y", "--to", "a.sql"});
    CHECK(unconfirmed.exit_code == 1);
    CHECK(unconfirmed.out.empty());
    CHECK(unconfirmed.err.find("--auto-approve") != std::string::npos);
}

TEST_CASE("drift needs a database URL and a desired state, and says which is missing", "[cli][drift]") {
    auto no_url = run_strata({"drift", "--to", "a.sql"});
    CHECK(no_url.exit_code == 1);
    CHECK(no_url.err.rfind("strata drift: needs --url URL", 0) == 0);
    auto no_to = run_strata({"drift", "--url", "postgres://x/y"});
    CHECK(no_to.exit_code == 1);
    CHECK(no_to.err.rfind("strata drift: needs --to SRC", 0) == 0);
    auto file_url = run_strata({"drift", "--url", "schema.sql", "--to", "a.sql"});
    CHECK(file_url.exit_code == 1);
    CHECK(file_url.err.find("--url must be a postgres:// URL") != std::string::npos);
    // A refused connection names the target and never the password.
    test_support::TempDir dir;
    const std::string desired = dir.write("a.sql", "CREATE TABLE t (id int);\n");
    auto refused = run_strata({"drift", "--url", "postgresql://u:drift-secret-9@127.0.0.1:1/app?connect_timeout=3", "--to", desired});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("host 127.0.0.1 port 1 database app") != std::string::npos);
    CHECK(refused.err.find("drift-secret-9") == std::string::npos);
}

TEST_CASE("a malformed strata.yaml gives strata.yaml:LINE:COL and exit 1", "[cli][config]") {
    test_support::TempDir dir;
    test_support::ProcessOptions in_dir;
    in_dir.cwd = dir.path();

    dir.write("strata.yaml", "schema: a.sql\nonline: true\n");
    auto unknown = run_strata({"drift"}, in_dir);
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.rfind("strata.yaml:2:1: error: unknown key 'online'", 0) == 0);
    CHECK(line_count(unknown.err) == 1);

    dir.write("strata.yaml", "diff:\n  online: true\n   skip: [x]\n");
    auto indent = run_strata({"drift"}, in_dir);
    CHECK(indent.exit_code == 1);
    CHECK(indent.err.rfind("strata.yaml:3:", 0) == 0);

    dir.write("strata.yaml", "exclude: river_*\n");
    auto type = run_strata({"drift"}, in_dir);
    CHECK(type.exit_code == 1);
    CHECK(type.err == "strata.yaml:1:10: error: exclude: expected a list of strings, got 'river_*'\n");

    dir.write("strata.yaml", "url: ${STRATA_SURELY_UNSET_VARIABLE}\n");
    auto unset = run_strata({"drift"}, in_dir);
    CHECK(unset.exit_code == 1);
    CHECK(unset.err == "strata.yaml:1:6: error: url: environment variable STRATA_SURELY_UNSET_VARIABLE is not set\n");
}

TEST_CASE("the config flag names another file and the env flag picks an environment", "[cli][config]") {
    test_support::TempDir dir;
    const std::string path = dir.write("conf/strata.yaml", "environments:\n  prod:\n    url: ${PROD_URL}\n");
    auto missing = run_strata({"drift", "--config", path, "--env", "qa"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == path + ":2:3: error: no environment 'qa' (known: prod)\n");

    auto unset = run_strata({"drift", "--config", path, "--env", "prod"});
    CHECK(unset.exit_code == 1);
    CHECK(unset.err == path + ":3:10: error: url: environment variable PROD_URL is not set\n");

    auto nofile = run_strata({"drift", "--config", dir.path() + "/absent.yaml"});
    CHECK(nofile.exit_code == 1);
    CHECK(nofile.err == dir.path() + "/absent.yaml: error: cannot read config file\n");
}

TEST_CASE("plan --format text lists the changes between two files, and says where that is approximate", "[cli][plan]") {
    test_support::TempDir dir;
    const std::string from = dir.write("from.sql", "CREATE TABLE t (id int, price numeric);\nCREATE VIEW v AS SELECT id FROM t;\n"
                                                   "CREATE INDEX t_price ON t (price);\n");
    const std::string to = dir.write("to.sql", "CREATE TABLE t (id int, price numeric(10,2), note text);\n"
                                               "CREATE VIEW v AS SELECT id, price FROM t;\nCREATE TABLE invoices (id int);\n");
    auto r = run_strata({"plan", "--from", from, "--to", to, "--format", "text"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out == "+ table public.invoices\n"
                   "+ column public.t.note\n"
                   "~ column public.t.price: type numeric → numeric(10,2)\n"
                   "- index public.t_price\n"
                   "~ view public.v: query SELECT id FROM t → SELECT id, price FROM t\n");
    CHECK(r.err.find("an approximate comparison") != std::string::npos);
    CHECK(run_strata({"plan", "--from", from, "--to", to, "--format", "text", "--exit-code"}).exit_code == 2);
    // The same state both ways: nothing to do, exit 0 even with --exit-code.
    auto same = run_strata({"plan", "--from", to, "--to", to, "--format", "text", "--exit-code"});
    CHECK(same.exit_code == 0);
    CHECK(same.out == "-- no changes\n");
    // The SQL: the view goes before the column it reads changes type and comes back after; the
    // narrowing type change is destructive, so without --allow-destructive it is commented out,
    // listed on stderr, and the exit code is 3.
    auto sql = run_strata({"plan", "--from", from, "--to", to});
    INFO(sql.out << sql.err);
    CHECK(sql.exit_code == 3);
    CHECK(sql.err.find("1 destructive step blocked") != std::string::npos);
    CHECK(sql.err.find("alter column public.t.price; may fail or lose data converting numeric to numeric(10,2)") !=
          std::string::npos);
    CHECK(sql.out.find("BLOCKED (destructive; needs --allow-destructive): alter column public.t.price") != std::string::npos);
    CHECK(sql.out.find("\n-- ALTER TABLE public.t ALTER COLUMN price TYPE numeric(10,2) USING price::numeric(10,2);\n") !=
          std::string::npos);
    auto allowed = run_strata({"plan", "--from", from, "--to", to, "--allow-destructive"});
    CHECK(allowed.exit_code == 0);
    const std::vector<std::string> order = {"BEGIN;", "DROP INDEX public.t_price;", "DROP VIEW public.v;",
                                            "CREATE TABLE public.invoices",
                                            "ALTER TABLE public.t ALTER COLUMN price TYPE numeric(10,2)",
                                            "ALTER TABLE public.t ADD COLUMN note text;", "CREATE VIEW public.v", "COMMIT;"};
    std::size_t at = 0;
    for (const auto& part : order) {
        INFO(part);
        const std::size_t found = allowed.out.find(part, at);
        REQUIRE(found != std::string::npos);
        at = found;
    }
    auto json = run_strata({"plan", "--from", from, "--to", to, "--format", "json"});
    CHECK(json.exit_code == 3);
    CHECK(json.out.find("\"blocked\": 1") != std::string::npos);
    CHECK(json.out.find("\"change\": \"drop\"") != std::string::npos);
    CHECK(run_strata({"plan", "--from", to, "--to", to}).out == "-- no changes\n");
    auto missing = run_strata({"plan", "--to", to, "--format", "text"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.rfind("strata plan: needs --from SRC", 0) == 0);
}

TEST_CASE("plan: -- strata:renamed-from renames instead of dropping, and an annotation that matches nothing says so",
          "[cli][plan]") {
    test_support::TempDir dir;
    const std::string from = dir.write("from.sql", R"SQL(
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE orders (id int PRIMARY KEY, total int CHECK (total >= 0), state status);
CREATE INDEX orders_total_idx ON orders (total);
CREATE INDEX by_state ON orders (state);
CREATE TABLE lines (order_id int REFERENCES orders (id));
)SQL");
    const std::string to = dir.write("to.sql", R"SQL(
CREATE TYPE status AS ENUM (
    'new',
    -- strata:renamed-from 'done'
    'shipped'
);
-- strata:renamed-from orders
CREATE TABLE invoices (
    id int PRIMARY KEY,
    -- strata:renamed-from total
    amount int CHECK (amount >= 0),
    -- strata:renamed-from nothing_here
    state status
);
CREATE INDEX invoices_amount_idx ON invoices (amount);
-- strata:renamed-from by_state
CREATE INDEX invoices_by_state ON invoices (state);
CREATE TABLE lines (order_id int REFERENCES invoices (id));
)SQL");
    auto text = run_strata({"plan", "--from", from, "--to", to, "--format", "text"});
    INFO(text.out << text.err);
    CHECK(text.exit_code == 0);
    CHECK(text.out == "~ table public.invoices: renamed from public.orders\n"
                      "~ column public.invoices.amount: renamed from total\n"
                      "~ constraint public.invoices.invoices_pkey: renamed from orders_pkey\n"
                      "~ constraint public.invoices.invoices_amount_check: renamed from orders_total_check\n"
                      "~ index public.invoices_by_state: renamed from public.by_state\n"
                      "~ index public.invoices_amount_idx: renamed from public.orders_total_idx\n"
                      "~ type public.status: label 'done' renamed to 'shipped'\n");
    CHECK(text.err.find("nothing_here") == std::string::npos);  // `state` is there already: nothing to say
    auto sql = run_strata({"plan", "--from", from, "--to", to});
    INFO(sql.out << sql.err);
    CHECK(sql.exit_code == 0);  // nothing destructive: no drop
    CHECK(sql.out.find("DROP") == std::string::npos);
    CHECK(sql.out.find("ALTER TABLE public.orders RENAME TO invoices;\n") != std::string::npos);
    CHECK(sql.out.find("ALTER TABLE public.invoices RENAME COLUMN total TO amount;\n") != std::string::npos);
    CHECK(sql.out.find("ALTER TYPE public.status RENAME VALUE 'done' TO 'shipped';\n") != std::string::npos);
    CHECK(sql.out.find("queries that use the old name public.orders fail") != std::string::npos);
    // An annotation whose old name is not there: the object is created, and stderr says why.
    const std::string fresh = dir.write("fresh.sql", "-- strata:renamed-from ghosts\nCREATE TABLE spirits (id int);\n");
    auto created = run_strata({"plan", "--from", from, "--to", fresh, "--format", "text", "--allow-destructive"});
    CHECK(created.out.find("+ table public.spirits\n") != std::string::npos);
    CHECK(created.err.find("fresh.sql:2:8: table public.spirits: -- strata:renamed-from not applied: there is no table "
                           "public.ghosts; it is created") != std::string::npos);
}

TEST_CASE("plan --verify without a database side needs --dev-url", "[cli][plan]") {
    test_support::TempDir dir;
    const std::string a = dir.write("a.sql", "CREATE TABLE t (id int);\n");
    auto r = run_strata({"plan", "--from", a, "--to", a, "--verify"});
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("--verify needs --dev-url URL|tmp") != std::string::npos);
}
