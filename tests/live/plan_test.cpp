// strata plan against a real database, one test per ordering rule of DESIGN.md §7: the plan's
// statements come in the rule's order, psql applies the plan to the starting database, and the
// result matches the desired state (drift is empty, planning again is empty).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>
#include <vector>

#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "process.hpp"

namespace {

struct Planned {
    std::string sql;  // the plan script
    std::string url;  // the database it was applied to (kept until the test ends)
};

std::string psql_binary() {
    const char* bindir = std::getenv("STRATA_PG_BINDIR");
    return std::string(bindir && *bindir ? bindir : "/usr/lib/postgresql/15/bin") + "/psql";
}

// Each fragment is found in the plan, after the previous one.
void require_in_order(const std::string& plan, const std::vector<std::string>& fragments) {
    std::size_t at = 0;
    for (const auto& fragment : fragments) {
        const std::size_t found = plan.find(fragment, at);
        INFO("plan:\n" << plan << "\nexpected, after what precedes it: " << fragment);
        REQUIRE(found != std::string::npos);
        at = found + fragment.size();
    }
}

// Loads `from` into `db`, plans to `to`, applies the plan with psql, and checks that drift and a
// second plan find nothing.
Planned plan_and_apply(const test_support::ScratchDatabase& db, const std::string& from, const std::string& to,
                       const std::vector<std::string>& plan_flags = {"--allow-destructive"}) {
    if (!from.empty()) introspect::Connection(db.url()).execute(from);
    test_support::TempDir dir;
    const std::string desired = dir.write("desired.sql", to);
    std::vector<std::string> args{"plan", "--from", db.url(), "--to", desired};
    args.insert(args.end(), plan_flags.begin(), plan_flags.end());
    const auto plan = test_support::run_strata(args);
    INFO("plan:\n" << plan.out << plan.err);
    REQUIRE(plan.exit_code == 0);
    const auto applied = test_support::run_process(
        {psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db.url(), "-f", dir.write("plan.sql", plan.out)});
    INFO("psql:\n" << applied.err);
    REQUIRE(applied.exit_code == 0);
    const auto drift = test_support::run_strata({"drift", "--url", db.url(), "--to", desired});
    INFO("drift after the plan:\n" << drift.out << drift.err);
    CHECK(drift.exit_code == 0);
    const auto again = test_support::run_strata({"plan", "--from", db.url(), "--to", desired, "--exit-code"});
    INFO("second plan:\n" << again.out << again.err);
    CHECK(again.exit_code == 0);
    return {plan.out, db.url()};
}

// Applies `plan_sql` to `url` with psql; planning again from `url` to `desired` is then empty.
void apply_then_plan_empty(const std::string& url, const std::string& plan_sql, const std::string& desired) {
    test_support::TempDir dir;
    const auto applied = test_support::run_process(
        {psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", dir.write("plan.sql", plan_sql)});
    INFO(applied.err);
    REQUIRE(applied.exit_code == 0);
    const auto again = test_support::run_strata({"plan", "--from", url, "--to", desired, "--exit-code"});
    INFO(again.out << again.err);
    CHECK(again.exit_code == 0);
}

// The plan from a database loaded with `from` to `to`, without --allow-destructive.
test_support::ProcessResult plan_without_allowing(const std::string& from, const std::string& to) {
    test_support::ScratchDatabase db("plan_guard");
    introspect::Connection(db.url()).execute(from);
    test_support::TempDir dir;
    return test_support::run_strata({"plan", "--from", db.url(), "--to", dir.write("to.sql", to)});
}

long long count_rows(const std::string& url, const std::string& query) {
    introspect::Connection c(url);
    return std::stoll(c.query(query).get(0, 0));
}

const char* const typed_schema = R"SQL(
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS citext SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.people (id int PRIMARY KEY, feeling app.mood, email app.citext);
)SQL";

}  // namespace

TEST_CASE("plan: schemas, extensions and types are created before what uses them, and dropped after",
          "[live][plan]") {
    test_support::ScratchDatabase up("plan_types_up");
    const auto created = plan_and_apply(up, "", typed_schema);
    require_in_order(created.sql, {"CREATE SCHEMA app", "CREATE EXTENSION", "CREATE TYPE app.mood", "CREATE TABLE app.people"});

    test_support::ScratchDatabase down("plan_types_down");
    const auto dropped = plan_and_apply(down, typed_schema, "");
    require_in_order(dropped.sql, {"DROP TABLE app.people", "DROP TYPE app.mood", "DROP EXTENSION", "DROP SCHEMA app"});
}

TEST_CASE("plan: a key is created before the foreign key that needs it, and dropped after it", "[live][plan]") {
    const std::string bare = "CREATE TABLE a (id int); CREATE TABLE b (a_id int);";
    const std::string keyed = "CREATE TABLE a (id int UNIQUE); CREATE TABLE b (a_id int REFERENCES a (id));";
    test_support::ScratchDatabase up("plan_fk_up");
    const auto added = plan_and_apply(up, bare, keyed);
    require_in_order(added.sql, {"ADD CONSTRAINT a_id_key UNIQUE (id)", "ADD CONSTRAINT b_a_id_fkey FOREIGN KEY"});

    test_support::ScratchDatabase down("plan_fk_down");
    const auto removed = plan_and_apply(down, keyed, bare);
    require_in_order(removed.sql, {"DROP CONSTRAINT b_a_id_fkey", "DROP CONSTRAINT a_id_key"});
}

TEST_CASE("plan: circular foreign keys are added after both tables, and dropped before them", "[live][plan]") {
    const std::string cycle = R"SQL(
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b;
)SQL";
    test_support::ScratchDatabase up("plan_cycle_up");
    const auto created = plan_and_apply(up, "", cycle);
    require_in_order(created.sql, {"CREATE TABLE public.a", "CREATE TABLE public.b", "FOREIGN KEY"});
    require_in_order(created.sql, {"CREATE TABLE public.b", "ADD CONSTRAINT a_b_fk FOREIGN KEY"});

    test_support::ScratchDatabase down("plan_cycle_down");
    plan_and_apply(down, cycle, "");
}

TEST_CASE("plan: a column type change under views drops them first and re-creates them after, keeping the rows",
          "[live][plan]") {
    const std::string from = R"SQL(
CREATE TABLE t (id int PRIMARY KEY, x int);
CREATE VIEW v1 AS SELECT id, x FROM t;
CREATE VIEW v2 AS SELECT x FROM v1 WHERE id > 0;
INSERT INTO t SELECT g, g FROM generate_series(1, 50) g;
)SQL";
    const std::string to = R"SQL(
CREATE TABLE t (id int PRIMARY KEY, x bigint);
CREATE VIEW v1 AS SELECT id, x FROM t;
CREATE VIEW v2 AS SELECT x FROM v1 WHERE id > 0;
)SQL";
    test_support::ScratchDatabase db("plan_view_retype");
    const auto planned = plan_and_apply(db, from, to);
    require_in_order(planned.sql, {"DROP VIEW public.v2", "DROP VIEW public.v1", "ALTER COLUMN x TYPE bigint",
                                   "CREATE VIEW public.v1", "CREATE VIEW public.v2"});
    CHECK(count_rows(planned.url, "SELECT count(*) FROM v2") == 50);
}

TEST_CASE("plan: privileges are granted and revoked after every other step, a re-created view gets its grants back",
          "[live][plan]") {
    // Roles are the cluster's: created once, left for the next run.
    introspect::Connection(test_support::live_server_url())
        .execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'strata_plan_reader') THEN "
                 "CREATE ROLE strata_plan_reader; END IF; END $$");
    const std::string from = R"SQL(
CREATE SCHEMA app;
CREATE TABLE app.users (id int PRIMARY KEY, email text, "Name" text, old text);
CREATE VIEW app.emails AS SELECT id, email FROM app.users;
CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
GRANT USAGE ON SCHEMA app TO strata_plan_reader;
GRANT SELECT, INSERT ON app.users TO strata_plan_reader;
GRANT SELECT (old) ON app.users TO strata_plan_reader;
GRANT SELECT ON app.emails TO strata_plan_reader WITH GRANT OPTION;
)SQL";
    const std::string to = R"SQL(
CREATE SCHEMA app;
CREATE TABLE app.users (id int PRIMARY KEY, email varchar(200), "Name" text);
CREATE VIEW app.emails AS SELECT id, email FROM app.users;
CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
REVOKE EXECUTE ON FUNCTION app.f(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.f(int) TO strata_plan_reader;
GRANT USAGE ON SCHEMA app TO strata_plan_reader WITH GRANT OPTION;
GRANT SELECT ON app.users TO strata_plan_reader;
GRANT UPDATE ("Name") ON app.users TO strata_plan_reader;
GRANT SELECT ON app.emails TO strata_plan_reader;
CREATE TABLE app.audit (at timestamptz);
GRANT INSERT ON app.audit TO strata_plan_reader;
)SQL";
    test_support::ScratchDatabase db("plan_privileges");
    const auto planned = plan_and_apply(db, from, to);
    // The view is dropped around the type change: its grant comes back after it is created. Per
    // object (in name order), REVOKE before GRANT.
    require_in_order(planned.sql, {"DROP VIEW app.emails", "CREATE VIEW app.emails",
                                   "GRANT USAGE ON SCHEMA app TO strata_plan_reader WITH GRANT OPTION",
                                   "GRANT INSERT ON TABLE app.audit TO strata_plan_reader",
                                   "GRANT SELECT ON TABLE app.emails TO strata_plan_reader",
                                   "REVOKE EXECUTE ON FUNCTION app.f(integer) FROM PUBLIC",
                                   "GRANT EXECUTE ON FUNCTION app.f(integer) TO strata_plan_reader",
                                   "REVOKE INSERT ON TABLE app.users FROM strata_plan_reader",
                                   "GRANT UPDATE (\"Name\") ON TABLE app.users TO strata_plan_reader"});
    CHECK(planned.sql.find("strata_plan_reader loses INSERT") != std::string::npos);
    // The dropped column's privilege went with it: no REVOKE names it.
    CHECK(planned.sql.find("(old)") == std::string::npos);
    auto privileges = [&](const std::string& query) { return introspect::Connection(planned.url).query(query).get(0, 0); };
    CHECK(privileges("SELECT has_table_privilege('strata_plan_reader', 'app.emails', 'SELECT')::text") == "true");
    CHECK(privileges("SELECT has_table_privilege('strata_plan_reader', 'app.emails', 'SELECT WITH GRANT OPTION')::text") ==
          "false");
    CHECK(privileges("SELECT has_table_privilege('strata_plan_reader', 'app.users', 'INSERT')::text") == "false");
    CHECK(privileges("SELECT has_column_privilege('strata_plan_reader', 'app.users', 'Name', 'UPDATE')::text") == "true");
    CHECK(privileges("SELECT has_function_privilege('public', 'app.f(integer)', 'EXECUTE')::text") == "false");
}

TEST_CASE("plan: a function's signature change drops and re-creates what uses it; a body change replaces it",
          "[live][plan]") {
    const std::string from = R"SQL(
CREATE FUNCTION positive(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT v > 0';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.n := NEW.n; RETURN NEW; END$$;
CREATE TABLE t (n int CHECK (positive(n)));
CREATE TRIGGER t_stamp BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION stamp();
)SQL";
    const std::string to = R"SQL(
CREATE FUNCTION positive(v bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT v > 0';
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.n := NEW.n + 0; RETURN NEW; END$$;
CREATE TABLE t (n int CHECK (positive(n)));
CREATE TRIGGER t_stamp BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION stamp();
)SQL";
    test_support::ScratchDatabase db("plan_function");
    const auto planned = plan_and_apply(db, from, to);
    require_in_order(planned.sql, {"DROP CONSTRAINT t_n_check", "DROP FUNCTION public.positive(integer)",
                                   "CREATE FUNCTION public.positive(v bigint)", "ADD CONSTRAINT t_n_check"});
    CHECK(planned.sql.find("CREATE OR REPLACE FUNCTION public.stamp()") != std::string::npos);
    CHECK(planned.sql.find("DROP TRIGGER") == std::string::npos);  // a body change keeps its trigger
}

TEST_CASE("plan: an enum value is added in place, in a group committed before the steps that use it",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_enum");
    const auto planned = plan_and_apply(db, "CREATE TYPE mood AS ENUM ('sad', 'happy');",
                                        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n"
                                        "CREATE TABLE t (m mood DEFAULT 'ok');");
    require_in_order(planned.sql, {"BEGIN;", "ALTER TYPE public.mood ADD VALUE 'ok' BEFORE 'happy';", "COMMIT;",
                                   "BEGIN;", "CREATE TABLE public.t"});
}

TEST_CASE("plan: partitions come after their parent, and an index on the parent reaches each of them",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_partitions");
    const auto planned = plan_and_apply(db, "", R"SQL(
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE events_2027 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE INDEX events_at ON events (at);
)SQL");
    // As pg_dump writes it: each partition's index, the parent's ON ONLY, then attached (the
    // partitions' indexes could be built CONCURRENTLY one by one).
    require_in_order(planned.sql, {"CREATE TABLE public.events (", "PARTITION OF public.events", "PARTITION OF public.events",
                                   "CREATE INDEX events_at ON ONLY public.events",
                                   "ALTER INDEX public.events_at ATTACH PARTITION public.events_2026_at_idx",
                                   "ALTER INDEX public.events_at ATTACH PARTITION public.events_2027_at_idx"});
}

TEST_CASE("plan: OWNED BY comes after the owning column; identity columns bring no sequence", "[live][plan]") {
    test_support::ScratchDatabase db("plan_sequences");
    const auto planned = plan_and_apply(db, "CREATE SEQUENCE s; CREATE TABLE t (a int);", R"SQL(
CREATE SEQUENCE s;
CREATE TABLE t (a int, b int DEFAULT nextval('s'), id int GENERATED ALWAYS AS IDENTITY);
ALTER SEQUENCE s OWNED BY t.b;
)SQL");
    require_in_order(planned.sql, {"ADD COLUMN b integer", "ALTER SEQUENCE public.s OWNED BY public.t.b"});
    CHECK(planned.sql.find("CREATE SEQUENCE") == std::string::npos);
}

TEST_CASE("plan: a directory's files come in any order: a view is created after the view its query reads",
          "[live][plan]") {
    test_support::TempDir dir;
    dir.write("a_report.sql", "CREATE VIEW report AS SELECT r.n FROM daily r;\n");
    dir.write("b_daily.sql", "CREATE TABLE visits (at date);\nCREATE VIEW daily AS SELECT count(*) AS n FROM visits;\n");
    test_support::ScratchDatabase db("plan_directory_order");
    const auto plan = test_support::run_strata({"plan", "--from", db.url(), "--to", dir.path()});
    INFO(plan.out << plan.err);
    REQUIRE(plan.exit_code == 0);
    require_in_order(plan.out, {"CREATE TABLE public.visits", "CREATE VIEW public.daily", "CREATE VIEW public.report"});
    apply_then_plan_empty(db.url(), plan.out, dir.path());
}

TEST_CASE("plan: a sequence whose value falls outside its new bounds restarts at its new start, said as a hazard",
          "[live][plan]") {
    // An identity never called holds its START (-200), outside the new -100..100; a sequence
    // called up to 50 is outside 1..40 and restarts; one called up to 5 keeps its value in 1..100.
    const std::string from = R"SQL(
CREATE TABLE voltages (volt int GENERATED BY DEFAULT AS IDENTITY (START WITH -200 INCREMENT BY 10 MINVALUE -200 MAXVALUE 200));
CREATE SEQUENCE tickets;
CREATE SEQUENCE seats;
SELECT nextval('tickets') FROM generate_series(1, 50);
SELECT nextval('seats') FROM generate_series(1, 5);
)SQL";
    const std::string to = R"SQL(
CREATE TABLE voltages (volt int GENERATED BY DEFAULT AS IDENTITY (START WITH -100 INCREMENT BY 5 MINVALUE -100 MAXVALUE 100));
CREATE SEQUENCE tickets MAXVALUE 40;
CREATE SEQUENCE seats MAXVALUE 100;
)SQL";
    test_support::ScratchDatabase db("plan_sequence_bounds");
    const auto planned = plan_and_apply(db, from, to);
    CHECK(planned.sql.find("SET NO CYCLE RESTART WITH -100;") != std::string::npos);
    CHECK(planned.sql.find("restarts the sequence at -100: its value -200 is outside the new bounds -100..100") !=
          std::string::npos);
    CHECK(planned.sql.find("ALTER SEQUENCE public.tickets AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 40 START WITH 1 "
                           "CACHE 1 NO CYCLE RESTART WITH 1;") != std::string::npos);
    CHECK(planned.sql.find("ALTER SEQUENCE public.seats AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 100 START WITH 1 "
                           "CACHE 1 NO CYCLE;") != std::string::npos);
    CHECK(count_rows(planned.url, "SELECT nextval('seats')") == 6);
    CHECK(count_rows(planned.url, "SELECT nextval('tickets')") == 1);
}

TEST_CASE("plan: a generated column's new expression drops and re-adds it, which is destructive", "[live][plan]") {
    const std::string from = "CREATE TABLE t (a int, twice int GENERATED ALWAYS AS (a * 2) STORED);";
    const std::string to = "CREATE TABLE t (a int, twice int GENERATED ALWAYS AS (a * 3) STORED);";
    const auto blocked = plan_without_allowing(from, to);
    INFO(blocked.out << blocked.err);
    CHECK(blocked.exit_code == 3);
    // The drop and the re-creation that needs it are both commented out, so the script still runs.
    require_in_order(blocked.out, {"-- ALTER TABLE public.t DROP COLUMN twice;", "-- ALTER TABLE public.t ADD COLUMN twice"});
    CHECK(blocked.err.find("drop column public.t.twice; deletes data") != std::string::npos);
    CHECK(blocked.err.find("needs the destructive step before it") != std::string::npos);

    test_support::ScratchDatabase db("plan_generated");
    const auto planned = plan_and_apply(db, from, to);
    require_in_order(planned.sql, {"DROP COLUMN twice", "ADD COLUMN twice integer GENERATED ALWAYS AS ((a * 3)) STORED"});
}

TEST_CASE("plan: the same inputs give byte-identical plans", "[live][plan]") {
    test_support::ScratchDatabase db("plan_deterministic");
    introspect::Connection(db.url()).execute(typed_schema);
    test_support::TempDir dir;
    const std::string to = dir.write("to.sql", "CREATE TABLE z (id int); CREATE TABLE a (id int); CREATE VIEW m AS SELECT 1 AS one;");
    const auto first = test_support::run_strata({"plan", "--from", db.url(), "--to", to, "--allow-destructive"});
    const auto second = test_support::run_strata({"plan", "--from", db.url(), "--to", to, "--allow-destructive"});
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == second.out);
    CHECK(first.out.find("DROP TABLE app.people") != std::string::npos);
}

TEST_CASE("plan: a database's views are created in pg_depend's order, whatever their names mention; a cycle no "
          "order can break is an error naming its objects",
          "[live][plan]") {
    // `a` names `b` only as a column alias, `b` reads `a`: by mentions alone the two form a
    // cycle, and name order would create `b` first. The server's edges say a, then b.
    test_support::ScratchDatabase source("plan_depend_source");
    introspect::Connection(source.url()).execute(
        "CREATE VIEW a AS SELECT 1 AS x, 2 AS b; CREATE VIEW b AS SELECT x + 1 AS y FROM a;");
    test_support::ScratchDatabase target("plan_depend_target");
    const auto plan = test_support::run_strata({"plan", "--from", target.url(), "--to", source.url()});
    INFO(plan.out << plan.err);
    REQUIRE(plan.exit_code == 0);
    require_in_order(plan.out, {"CREATE VIEW public.a", "CREATE VIEW public.b"});
    apply_then_plan_empty(target.url(), plan.out, source.url());
    test_support::TempDir dir;

    // Two composite types built from each other: no order creates them. Nothing is applied.
    const std::string types = dir.write("types.sql", "CREATE TYPE a AS (x b);\nCREATE TYPE b AS (y a);\n");
    const auto cycle = test_support::run_strata({"plan", "--from", target.url(), "--to", types, "--allow-destructive"});
    CHECK(cycle.exit_code == 1);
    CHECK(cycle.out.empty());
    CHECK(cycle.err == types + ":1:8: error: dependency cycle: type public.a needs type public.b (" + types +
                           ":2:8), which needs type public.a: no order can create them\n");
}

TEST_CASE("plan: numbers become timestamps as Unix epoch seconds, flagged as a conversion that may fail",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_epoch");
    const auto planned = plan_and_apply(db, "CREATE TABLE t (at bigint DEFAULT 0); INSERT INTO t VALUES (86400);",
                                        "CREATE TABLE t (at timestamptz DEFAULT now());");
    require_in_order(planned.sql, {"ALTER COLUMN at DROP DEFAULT", "(read as Unix epoch seconds)",
                                   "ALTER COLUMN at TYPE timestamp with time zone USING to_timestamp(at)",
                                   "ALTER COLUMN at SET DEFAULT now()"});
    CHECK(count_rows(planned.url, "SELECT count(*) FROM t WHERE at = to_timestamp(86400)") == 1);
}

TEST_CASE("plan: removing an enum value renames the type away, creates the new one, converts the columns, drops the old",
          "[live][plan]") {
    const std::string from = R"SQL(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id int, m mood DEFAULT 'ok', history mood[]);
CREATE VIEW happy AS SELECT id FROM t WHERE m = 'happy';
INSERT INTO t VALUES (1, 'sad', '{sad}'), (2, 'happy', '{happy,sad}');
)SQL";
    const std::string to = R"SQL(
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE t (id int, m mood DEFAULT 'sad', history mood[]);
CREATE VIEW happy AS SELECT id FROM t WHERE m = 'happy';
)SQL";
    const auto blocked = plan_without_allowing(from, to);
    INFO(blocked.out << blocked.err);
    CHECK(blocked.exit_code == 3);
    CHECK(blocked.err.find("removes 'ok': rows holding them fail to convert") != std::string::npos);

    test_support::ScratchDatabase db("plan_enum_removal");
    const auto planned = plan_and_apply(db, from, to);
    require_in_order(planned.sql, {"ALTER TYPE public.mood RENAME TO mood_strata_old", "DROP VIEW public.happy",
                                   "CREATE TYPE public.mood AS ENUM", "ALTER COLUMN m TYPE public.mood USING m::text::public.mood",
                                   "CREATE VIEW public.happy", "DROP TYPE public.mood_strata_old"});
    CHECK(planned.sql.find("USING history::text[]::public.mood[]") != std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM happy") == 1);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM t WHERE 'sad' = ANY (history)") == 2);
}

TEST_CASE("plan: a primary key change under a foreign key drops the foreign key first and adds it back after",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_pk_change");
    const auto planned = plan_and_apply(db, R"SQL(
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE posts (user_id int REFERENCES users (id));
)SQL",
                                        R"SQL(
CREATE TABLE users (id int, email text NOT NULL, PRIMARY KEY (id, email));
CREATE UNIQUE INDEX users_id ON users (id);
CREATE TABLE posts (user_id int REFERENCES users (id));
)SQL");
    require_in_order(planned.sql, {"DROP CONSTRAINT posts_user_id_fkey", "DROP CONSTRAINT users_pkey",
                                   "ADD CONSTRAINT users_pkey PRIMARY KEY (id, email)", "CREATE UNIQUE INDEX users_id",
                                   "ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY"});
}

TEST_CASE("plan: references across schemas, and quoted and reserved identifiers, go through the one quoting path",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_identifiers");
    const auto planned = plan_and_apply(db, "CREATE SCHEMA billing; CREATE TABLE public.\"User\" (id int PRIMARY KEY);",
                                        R"SQL(
CREATE SCHEMA billing;
CREATE SCHEMA "Select";
CREATE TABLE public."User" (id int PRIMARY KEY, "order" text, "Mixed Case" int);
CREATE TYPE "Select"."group" AS ENUM ('a', 'b');
CREATE TABLE billing.invoices (
    id int PRIMARY KEY,
    "user" int REFERENCES public."User" (id),
    "table" "Select"."group"
);
CREATE VIEW "Select"."from" AS SELECT i."user", u."order" FROM billing.invoices i JOIN public."User" u ON u.id = i."user";
CREATE INDEX "where" ON billing.invoices ("table");
)SQL");
    require_in_order(planned.sql, {"CREATE SCHEMA \"Select\"", "CREATE TYPE \"Select\".\"group\"", "CREATE TABLE billing.invoices",
                                   "\"table\" \"Select\".\"group\"", "CREATE VIEW \"Select\".\"from\""});
    require_in_order(planned.sql, {"ADD COLUMN \"order\" text", "ADD COLUMN \"Mixed Case\" integer", "CREATE VIEW"});
    CHECK(planned.sql.find("REFERENCES public.\"User\"(id)") != std::string::npos);
    CHECK(planned.sql.find("CREATE INDEX \"where\" ON billing.invoices") != std::string::npos);
}

TEST_CASE("plan: a serial column brings its sequence before the column and owns it after", "[live][plan]") {
    test_support::ScratchDatabase db("plan_serial");
    const auto planned = plan_and_apply(db, "CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2);",
                                        "CREATE TABLE t (a int, n serial);");
    require_in_order(planned.sql, {"CREATE SEQUENCE public.t_n_seq", "ADD COLUMN n integer DEFAULT nextval('public.t_n_seq'::regclass) NOT NULL",
                                   "ALTER SEQUENCE public.t_n_seq OWNED BY public.t.n"});
    CHECK(count_rows(planned.url, "SELECT count(DISTINCT n) FROM t") == 2);
}

TEST_CASE("plan: renamed-from renames a table, a column, its keys and indexes, and an enum label, keeping every row",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_rename");
    const auto planned = plan_and_apply(db, R"SQL(
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE orders (id int PRIMARY KEY, total_cents int NOT NULL CHECK (total_cents >= 0), state status NOT NULL DEFAULT 'new',
                     note text);
CREATE INDEX orders_total_cents_idx ON orders (total_cents);
CREATE INDEX by_note ON orders (lower(note)) WHERE total_cents > 0;
CREATE TABLE lines (order_id int REFERENCES orders, qty int);
CREATE VIEW big_orders AS SELECT id, total_cents FROM orders WHERE total_cents > 100;
INSERT INTO orders VALUES (1, 50, 'new', 'a'), (2, 500, 'done', 'b'), (3, 700, 'done', NULL);
INSERT INTO lines VALUES (1, 2), (2, 1);
)SQL",
                                        R"SQL(
CREATE TYPE status AS ENUM (
    'new',
    -- strata:renamed-from 'done'
    'shipped'
);
-- strata:renamed-from orders
CREATE TABLE invoices (
    id int PRIMARY KEY,
    -- strata:renamed-from total_cents
    amount_cents int NOT NULL CHECK (amount_cents >= 0),
    state status NOT NULL DEFAULT 'new',
    note text
);
CREATE INDEX invoices_amount_cents_idx ON invoices (amount_cents);
-- strata:renamed-from by_note
CREATE INDEX invoices_lower_note ON invoices (lower(note)) WHERE amount_cents > 0;
CREATE TABLE lines (order_id int REFERENCES invoices, qty int);
CREATE VIEW big_orders AS SELECT id, amount_cents FROM invoices WHERE amount_cents > 100;
)SQL",
                                        {});  // without --allow-destructive: nothing is dropped
    require_in_order(planned.sql, {"ALTER TABLE public.orders RENAME TO invoices;",
                                   "ALTER TABLE public.invoices RENAME COLUMN total_cents TO amount_cents;",
                                   "ALTER INDEX public.by_note RENAME TO invoices_lower_note;",
                                   "ALTER INDEX public.orders_total_cents_idx RENAME TO invoices_amount_cents_idx;",
                                   "ALTER TYPE public.status RENAME VALUE 'done' TO 'shipped';"});
    // Keys keep their definitions under the names the desired file implies.
    CHECK(planned.sql.find("ALTER TABLE public.invoices RENAME CONSTRAINT orders_pkey TO invoices_pkey;") != std::string::npos);
    CHECK(planned.sql.find("ALTER TABLE public.invoices RENAME CONSTRAINT orders_total_cents_check TO "
                           "invoices_amount_cents_check;") != std::string::npos);
    CHECK(planned.sql.find("DROP TABLE") == std::string::npos);
    CHECK(planned.sql.find("DROP COLUMN") == std::string::npos);
    CHECK(planned.sql.find("DROP INDEX") == std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM invoices WHERE state = 'shipped' AND amount_cents >= 500") == 2);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM lines JOIN invoices ON invoices.id = lines.order_id") == 2);
    CHECK(count_rows(planned.url, "SELECT sum(amount_cents) FROM big_orders") == 1200);
}

TEST_CASE("plan --online: indexes CONCURRENTLY, keys through a concurrent index, checks and foreign keys NOT VALID then "
          "validated, SET NOT NULL through a validated check",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_online");
    const auto planned = plan_and_apply(db, R"SQL(
CREATE TABLE accounts (id int PRIMARY KEY, email text, plan text);
CREATE TABLE events (id int, account_id int, kind text, payload text);
CREATE INDEX events_payload_idx ON events (payload);
INSERT INTO accounts SELECT g, 'user' || g || '@example.com', 'free' FROM generate_series(1, 100) g;
INSERT INTO events SELECT g, 1 + g % 100, 'signup', 'p' FROM generate_series(1, 500) g;
)SQL",
                                        R"SQL(
CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, plan text,
                       CONSTRAINT accounts_email_key UNIQUE (email), CONSTRAINT plan_known CHECK (plan IN ('free', 'pro')));
CREATE TABLE events (id int, account_id int REFERENCES accounts, kind text, payload text);
CREATE INDEX events_kind_idx ON events (kind);
)SQL",
                                        {"--online", "--allow-destructive"});
    const std::string& sql = planned.sql;
    CHECK(sql.find("DROP INDEX CONCURRENTLY public.events_payload_idx;") != std::string::npos);
    CHECK(sql.find("CREATE INDEX CONCURRENTLY events_kind_idx ON public.events") != std::string::npos);
    require_in_order(sql, {"CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);",
                           "ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;"});
    require_in_order(sql, {"ADD CONSTRAINT plan_known CHECK", "NOT VALID;", "BEGIN;",
                           "ALTER TABLE public.accounts VALIDATE CONSTRAINT plan_known;"});
    require_in_order(sql, {"ADD CONSTRAINT events_account_id_fkey FOREIGN KEY", "NOT VALID;", "BEGIN;",
                           "ALTER TABLE public.events VALIDATE CONSTRAINT events_account_id_fkey;"});
    require_in_order(sql, {"ADD CONSTRAINT strata_not_null_email CHECK (email IS NOT NULL) NOT VALID;", "BEGIN;",
                           "VALIDATE CONSTRAINT strata_not_null_email;", "BEGIN;", "ALTER COLUMN email SET NOT NULL;",
                           "DROP CONSTRAINT strata_not_null_email;"});
    CHECK(sql.find("cannot run inside a transaction") != std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM pg_index WHERE NOT indisvalid") == 0);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM events JOIN accounts ON accounts.id = events.account_id") == 500);
}

TEST_CASE("plan --dev-url and --verify: two files compared on a scratch database, the plan proven on another, both dropped",
          "[live][plan]") {
    const std::string server = test_support::live_server_url();
    test_support::TempDir dir;
    auto scratch_databases = [&] {
        return count_rows(server, "SELECT count(*) FROM pg_database WHERE datname LIKE 'strata\\_plan\\_%' OR "
                                  "datname LIKE 'strata\\_verify\\_%'");
    };
    // The server settles what two files cannot: the same view, spelled two ways, is no change.
    const std::string from = dir.write("from.sql", "CREATE TABLE t (a int, b text);\nCREATE VIEW v AS SELECT a FROM t;\n");
    const std::string same = dir.write("same.sql", "CREATE TABLE t (a int, b text);\nCREATE VIEW v AS select t.a from public.t;\n");
    CHECK(test_support::run_strata({"plan", "--from", from, "--to", same, "--format", "text"}).out.find("~ view public.v") !=
          std::string::npos);
    const auto exact = test_support::run_strata({"plan", "--from", from, "--to", same, "--format", "text", "--dev-url", server});
    INFO(exact.out << exact.err);
    CHECK(exact.exit_code == 0);
    CHECK(exact.out == "-- no changes\n");
    // --verify: the plan runs on a scratch copy of `from` first; printed only when it leaves no difference.
    const std::string to = dir.write("to.sql", "CREATE TABLE t (a int NOT NULL, b text, c int DEFAULT 7);\n"
                                               "CREATE VIEW v AS SELECT a, c FROM t;\nCREATE INDEX t_b ON t (b);\n");
    const auto verified = test_support::run_strata(
        {"plan", "--from", from, "--to", to, "--dev-url", server, "--verify", "--online", "--allow-destructive"});
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);
    CHECK(verified.err.find("--verify: applied whole to a scratch copy of the current state, the plan leaves no difference") !=
          std::string::npos);
    CHECK(verified.out.find("CREATE INDEX CONCURRENTLY t_b ON public.t") != std::string::npos);
    // A current state the server cannot load: an error at the file's line, exit 1, nothing printed.
    const std::string unloadable = dir.write("unloadable.sql", "CREATE EXTENSION no_such_extension_here;\n");
    const auto refused = test_support::run_strata({"plan", "--from", unloadable, "--to", to, "--dev-url", server});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    CHECK(refused.err.find("unloadable.sql:1:8: error: --dev-url: extension no_such_extension_here cannot be created: "
                           "extension \"no_such_extension_here\" is not available") != std::string::npos);
    CHECK(scratch_databases() == 0);
}

TEST_CASE("plan: integer keys become uuid: with no cast, each value is the column's default or NULL, flagged as "
          "deleting data",
          "[live][plan]") {
    const std::string from = "CREATE TABLE p (id int PRIMARY KEY, name text);\n"
                             "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);\n"
                             "INSERT INTO p VALUES (1, 'a'), (2, 'b'); INSERT INTO c VALUES (10, 1), (11, 2);";
    const std::string to = "CREATE TABLE p (id uuid DEFAULT gen_random_uuid() PRIMARY KEY, name text);\n"
                           "CREATE TABLE c (id int PRIMARY KEY, p_id uuid REFERENCES p);";
    const auto blocked = plan_without_allowing(from, to);
    CHECK(blocked.exit_code == 3);
    CHECK(blocked.err.find("deletes data: there is no cast from integer to uuid") != std::string::npos);

    test_support::ScratchDatabase db("plan_uuid_keys");
    const auto planned = plan_and_apply(db, from, to);
    // `USING id::uuid` would fail ("cannot cast type integer to uuid").
    CHECK(planned.sql.find("ALTER TABLE public.p ALTER COLUMN id TYPE uuid USING gen_random_uuid();") != std::string::npos);
    CHECK(planned.sql.find("ALTER TABLE public.c ALTER COLUMN p_id TYPE uuid USING NULL::uuid;") != std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(DISTINCT id) FROM p WHERE name IN ('a', 'b')") == 2);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM c WHERE p_id IS NULL") == 2);
}

TEST_CASE("plan: a partition's index attached to a parent index that stays is renamed, not dropped", "[live][plan]") {
    test_support::ScratchDatabase db("plan_partition_index_rename");
    const std::string parent = "CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);\n"
                               "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
                               "CREATE INDEX events_at ON ONLY events (at);\n";
    // PostgreSQL cannot drop events_2026_at_idx while events_at needs it.
    const auto planned = plan_and_apply(db, parent + "CREATE INDEX events_2026_at_idx ON events_2026 (at);\n"
                                                     "ALTER INDEX events_at ATTACH PARTITION events_2026_at_idx;",
                                        parent + "CREATE INDEX events_2026_on_at ON events_2026 (at);\n"
                                                 "ALTER INDEX events_at ATTACH PARTITION events_2026_on_at;");
    CHECK(planned.sql.find("ALTER INDEX public.events_2026_at_idx RENAME TO events_2026_on_at;") != std::string::npos);
    CHECK(planned.sql.find("DROP INDEX") == std::string::npos);
}

TEST_CASE("plan: a new partition whose primary key backs its parent's unique index is made alone, keyed, then "
          "attached",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_partition_key_adopted");
    const std::string parent = "CREATE TABLE events (id int CHECK (id > 0), at date NOT NULL DEFAULT '2026-06-01')\n"
                               "  PARTITION BY RANGE (at);\n";
    // The key came first, so the parent's index adopted it: PARTITION OF under the existing index
    // would clone a plain index instead, and the key would stand beside it.
    const auto planned = plan_and_apply(
        db, parent + "CREATE UNIQUE INDEX events_id_at ON events (id, at);",
        parent + "CREATE TABLE events_2026 PARTITION OF events (PRIMARY KEY (id, at))\n"
                 "  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
                 "CREATE UNIQUE INDEX events_id_at ON events (id, at);");
    require_in_order(planned.sql, {"CREATE TABLE public.events_2026 (\n    LIKE public.events INCLUDING DEFAULTS",
                                   "ALTER TABLE ONLY public.events_2026 ADD CONSTRAINT events_2026_pkey PRIMARY KEY (id, at);",
                                   "ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2026 FOR VALUES FROM"});
    CHECK(count_rows(planned.url, "SELECT count(*) FROM pg_index WHERE indrelid = 'events_2026'::regclass") == 1);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM pg_inherits WHERE inhrelid = 'events_2026_pkey'::regclass "
                                  "AND inhparent = 'events_id_at'::regclass") == 1);
}

TEST_CASE("plan: new partitions with partitions of their own, under a parent that stays, get its indexes at every "
          "level; a partitioned key is attached with its table once valid",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_partition_levels");
    const std::string parent = "CREATE TABLE ev (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);\n";
    const std::string indexes = "CREATE UNIQUE INDEX ev_id_at ON ev (id, at);\nCREATE INDEX ev_v ON ev (v);\n";
    // ev_def's index for ev_v, and ev_def_x's, are PostgreSQL's clones; ev_def's key backs ev_id_at.
    const auto planned = plan_and_apply(
        db, parent + indexes,
        parent + "CREATE TABLE ev_def PARTITION OF ev (PRIMARY KEY (id, at)) DEFAULT PARTITION BY LIST (id);\n"
                 "CREATE TABLE ev_def_x PARTITION OF ev_def FOR VALUES IN (1);\n"
                 "CREATE TABLE ev_def_y PARTITION OF ev_def FOR VALUES IN (2);\n" +
            indexes);
    require_in_order(planned.sql, {"CREATE TABLE public.ev_def (\n    LIKE public.ev",
                                   "CREATE TABLE public.ev_def_x PARTITION OF public.ev_def",
                                   "ALTER INDEX public.ev_def_pkey ATTACH PARTITION public.ev_def_x_pkey;",
                                   "ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev_def DEFAULT;"});
    CHECK(planned.sql.find("CREATE INDEX") == std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM pg_index WHERE indrelid = 'ev_def_x'::regclass") == 2);
}

TEST_CASE("plan: a parent's DROP NOT NULL reaches every partition, so one that keeps NOT NULL gets it back",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_partition_not_null");
    const std::string partitions = "CREATE TABLE m_2 PARTITION OF m FOR VALUES IN (2);\n";
    // The parent's collation changes too: the partitions' columns follow that change, not their own.
    const auto planned = plan_and_apply(db,
                                        "CREATE TABLE m (id int, v text NOT NULL) PARTITION BY LIST (id);\n"
                                        "CREATE TABLE m_1 PARTITION OF m FOR VALUES IN (1);\n" + partitions,
                                        "CREATE TABLE m (id int, v text COLLATE \"C\") PARTITION BY LIST (id);\n"
                                        "CREATE TABLE m_1 PARTITION OF m (v NOT NULL) FOR VALUES IN (1);\n" + partitions);
    require_in_order(planned.sql, {"ALTER TABLE public.m ALTER COLUMN v TYPE text COLLATE pg_catalog.\"C\";",
                                   "ALTER TABLE public.m ALTER COLUMN v DROP NOT NULL;",
                                   "ALTER TABLE public.m_1 ALTER COLUMN v SET NOT NULL;"});
    CHECK(planned.sql.find("ALTER TABLE public.m_2") == std::string::npos);
}

TEST_CASE("plan: a plan that would take more locks than the server's lock table allows is split into transactions",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_lock_budget");
    const long long budget = count_rows(db.url(), "SELECT current_setting('max_locks_per_transaction')::int * "
                                                  "(current_setting('max_connections')::int + "
                                                  "current_setting('max_prepared_transactions')::int) / 2");
    // A table counts for four locks (itself, its TOAST table and index, its row type): enough
    // tables for two transactions.
    std::string to;
    for (long long i = 0; i < budget / 4 + 50; ++i) to += "CREATE TABLE t" + std::to_string(i) + " (id int, note text);\n";
    const auto planned = plan_and_apply(db, "", to);
    CHECK(planned.sql.find("in 2 groups") != std::string::npos);
    CHECK(planned.sql.find("-- split into transactions of at most ~" + std::to_string(budget) + " locks each") !=
          std::string::npos);
    CHECK(count_rows(planned.url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == budget / 4 + 50);
}

namespace {

// Every row of `query`, its columns joined by '|', one row per line.
std::string rows_text(const std::string& url, const std::string& query) {
    introspect::Connection c(url);
    const auto result = c.query(query);
    std::string out;
    for (int r = 0; r < result.rows(); ++r) {
        for (int col = 0; col < result.columns(); ++col) out += (col ? "|" : "") + result.get(r, col);
        out += "\n";
    }
    return out;
}

// pg_default_acl, and the ACL of every relation and routine in schema app, with role names.
std::string privileges_of(const std::string& url) {
    return rows_text(url,
                     "SELECT pg_get_userbyid(defaclrole), coalesce(defaclnamespace::regnamespace::text, '-'), "
                     "defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 1, 2, 3") +
           rows_text(url,
                     "SELECT relname, relacl::text FROM pg_class WHERE relnamespace = 'app'::regnamespace "
                     "UNION ALL SELECT proname, proacl::text FROM pg_proc WHERE pronamespace = 'app'::regnamespace "
                     "ORDER BY 1");
}

}  // namespace

TEST_CASE("plan: default privileges change after every other step, so the objects it makes start with the old ones",
          "[live][plan]") {
    test_support::ScratchDatabase db("plan_default_privileges");
    introspect::Connection(db.url())
        .execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'strata_reader') THEN "
                 "CREATE ROLE strata_reader; END IF; IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                 "'Strata Owner') THEN CREATE ROLE \"Strata Owner\"; END IF; END $$");
    const std::string from = R"SQL(
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT UPDATE ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO strata_reader;
)SQL";
    const std::string to = R"SQL(
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE, SELECT ON SEQUENCES TO strata_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE "Strata Owner" IN SCHEMA app
    GRANT INSERT ON TABLES TO strata_reader WITH GRANT OPTION;
CREATE TABLE app.t (id serial PRIMARY KEY);
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
)SQL";
    const auto planned = plan_and_apply(db, from, to);
    // The new table gets `from`'s UPDATE on creation, and the function `from`'s EXECUTE: both go.
    require_in_order(planned.sql, {"CREATE TABLE app.t", "REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC",
                                   "REVOKE EXECUTE ON FUNCTION app.f() FROM strata_reader",
                                   "REVOKE UPDATE ON TABLE app.t FROM strata_reader",
                                   "GRANT SELECT ON TABLE app.t TO strata_reader",
                                   "ALTER DEFAULT PRIVILEGES FOR ROLE \"Strata Owner\" IN SCHEMA app GRANT INSERT ON "
                                   "TABLES TO strata_reader WITH GRANT OPTION"});
    for (const char* step : {"ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, USAGE ON SEQUENCES TO strata_reader",
                             "ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE EXECUTE ON FUNCTIONS FROM strata_reader",
                             "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
                             "ALTER DEFAULT PRIVILEGES REVOKE UPDATE ON TABLES FROM strata_reader",
                             "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO strata_reader"})
        CHECK(planned.sql.find(step) != std::string::npos);
    CHECK(planned.sql.find("new tables no longer give strata_reader UPDATE") != std::string::npos);
    // The database holds what one loaded with `to` holds: default privileges and objects' ACLs.
    test_support::ScratchDatabase expected("plan_default_privileges_to");
    introspect::Connection(expected.url()).execute(to);
    const std::string wanted = privileges_of(expected.url());
    CHECK(wanted.find("strata_reader=a*/\\\"Strata Owner\\\"") != std::string::npos);  // in an array: quotes escaped
    CHECK(privileges_of(db.url()) == wanted);

    // And back: every default privilege `to` added goes, `from`'s come back.
    test_support::TempDir dir;
    const std::string back = dir.write("from.sql", from);
    const auto reverse = test_support::run_strata({"plan", "--from", db.url(), "--to", back, "--allow-destructive"});
    REQUIRE(reverse.exit_code == 0);
    apply_then_plan_empty(db.url(), reverse.out, back);
    test_support::ScratchDatabase original("plan_default_privileges_from");
    introspect::Connection(original.url()).execute(from);
    CHECK(rows_text(db.url(), "SELECT defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 1, 2") ==
          rows_text(original.url(), "SELECT defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 1, 2"));
}
