// strata drift against a real database: a loaded schema shows no drift, and each of a table of
// hand mutations is reported with exit 2 and the right object path and field.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/identifier.hpp"
#include "introspect/connection.hpp"
#include "live_server.hpp"
#include "process.hpp"

namespace {

const char* const base_schema = R"SQL(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE SEQUENCE counter;
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(255) NOT NULL,
    name text COLLATE "C",
    age int DEFAULT 0 CHECK (age >= 0),
    feeling mood,
    score positive,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_age ON users (age) WHERE age > 18;
CREATE TABLE posts (
    id serial PRIMARY KEY,
    user_id bigint REFERENCES users ON DELETE CASCADE,
    title text NOT NULL,
    body text
);
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE VIEW adults AS SELECT id, email FROM users WHERE age >= 18;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.title := trim(NEW.title); RETURN NEW; END$$;
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON posts FOR EACH ROW WHEN (NEW.title IS NOT NULL)
    EXECUTE FUNCTION touch();
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_posts ON posts USING (user_id = 1);
COMMENT ON TABLE users IS 'people';
COMMENT ON COLUMN users.email IS 'login';
REVOKE ALL ON FUNCTION touch() FROM PUBLIC;
GRANT SELECT (email) ON users TO PUBLIC;
)SQL";

struct Mutation {
    const char* sql;
    const char* expected;  // a substring of the drift report: the path and what differs
};

const std::vector<Mutation> mutations{
    {"ALTER TABLE users ALTER COLUMN name TYPE varchar(100)", "public.users.name: type is character varying(100), desired text"},
    {"ALTER TABLE users ALTER COLUMN age SET DEFAULT 1", "public.users.age: default is 1, desired 0"},
    {"ALTER TABLE users ALTER COLUMN age DROP DEFAULT", "public.users.age: default is not set, desired 0"},
    {"ALTER TABLE posts ALTER COLUMN body SET NOT NULL", "public.posts.body: not null is yes, desired no"},
    {"ALTER TABLE posts ALTER COLUMN title DROP NOT NULL", "public.posts.title: not null is no, desired yes"},
    {"ALTER TABLE users ALTER COLUMN name TYPE text COLLATE \"POSIX\"", "public.users.name: collation is pg_catalog.\"POSIX\", desired pg_catalog.\"C\""},
    {"CREATE INDEX posts_title ON posts (title)", "public.posts_title: index is in the database but not in the desired state"},
    {"DROP INDEX users_age", "public.users_age: index is missing from the database"},
    {"DROP INDEX users_age; CREATE INDEX users_age ON users (age) WHERE age > 21", "public.users_age: predicate is"},
    {"DROP INDEX users_age; CREATE INDEX users_age ON users (age DESC) WHERE age > 18", "public.users_age: columns is"},
    {"DROP INDEX users_email; CREATE INDEX users_email ON users (lower(email))", "public.users_email: unique is no, desired yes"},
    {"ALTER TABLE users DROP CONSTRAINT users_age_check; ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0)",
     "public.users.users_age_check: check is"},
    {"ALTER TABLE users DROP CONSTRAINT users_age_check", "public.users.users_age_check: constraint is missing"},
    {"ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey; ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey "
     "FOREIGN KEY (user_id) REFERENCES users ON DELETE SET NULL",
     "public.posts.posts_user_id_fkey: on delete is SET NULL, desired CASCADE"},
    {"ALTER TYPE mood ADD VALUE 'angry'", "public.mood: labels is 'sad', 'ok', 'happy', 'angry'"},
    {"ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'", "public.mood: labels is 'sad', 'fine', 'happy'"},
    {"ALTER DOMAIN positive DROP CONSTRAINT positive_check; ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 1)",
     "public.positive: checks is"},
    {"ALTER DOMAIN positive SET NOT NULL", "public.positive: not null is yes, desired no"},
    {"CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
     "public.touch(): body is"},
    {"ALTER FUNCTION touch() SECURITY DEFINER", "public.touch(): security definer is yes, desired no"},
    {"ALTER FUNCTION touch() COST 5", "public.touch(): cost is 5, desired 100"},
    {"CREATE FUNCTION extra_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'", "public.extra_fn(): function is in the database"},
    {"DROP TRIGGER posts_touch ON posts; CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON posts FOR EACH ROW "
     "WHEN (NEW.body IS NOT NULL) EXECUTE FUNCTION touch()",
     "public.posts.posts_touch: when is"},
    {"ALTER TABLE posts DISABLE TRIGGER posts_touch", "public.posts.posts_touch: enabled is D, desired O"},
    {"CREATE OR REPLACE VIEW adults AS SELECT id, email FROM users WHERE age >= 21", "public.adults: query is"},
    {"DROP VIEW adults", "public.adults: view is missing from the database"},
    {"DROP POLICY own_posts ON posts; CREATE POLICY own_posts ON posts USING (user_id = 2)", "public.posts.own_posts: using is"},
    {"DROP POLICY own_posts ON posts; CREATE POLICY own_posts ON posts TO postgres USING (user_id = 1)",
     "public.posts.own_posts: roles is postgres, desired public"},
    {"COMMENT ON TABLE users IS 'humans'", "public.users: comment is 'humans', desired 'people'"},
    {"COMMENT ON COLUMN users.email IS NULL", "public.users.email: comment is not set, desired 'login'"},
    {"ALTER SEQUENCE counter INCREMENT BY 5", "public.counter: increment is 5, desired 1"},
    {"ALTER SEQUENCE counter CYCLE", "public.counter: cycle is yes, desired no"},
    {"CREATE TABLE events_2027 (id int, at date NOT NULL); "
     "ALTER TABLE events ATTACH PARTITION events_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')",
     "public.events_2027: table is in the database but not in the desired state"},
    {"ALTER TABLE events DETACH PARTITION events_2026", "public.events_2026: partition of is not set, desired public.events"},
    {"ALTER TABLE users ADD COLUMN nick text", "public.users.nick: column is in the database but not in the desired state"},
    {"ALTER TABLE posts DROP COLUMN body", "public.posts.body: column is missing from the database"},
    {"DROP TABLE events", "public.events: table is missing from the database"},
    {"CREATE TABLE extra (id int)", "public.extra: table is in the database but not in the desired state"},
    {"ALTER TABLE posts DISABLE ROW LEVEL SECURITY", "public.posts: row level security is no, desired yes"},
    {"ALTER TABLE posts FORCE ROW LEVEL SECURITY", "public.posts: forced row level security is yes, desired no"},
    {"ALTER TABLE posts SET (fillfactor = 70)", "public.posts: storage parameters is fillfactor=70, desired not set"},
    {"ALTER TABLE posts REPLICA IDENTITY FULL", "public.posts: replica identity is full, desired default"},
    {"ALTER TABLE posts SET UNLOGGED", "public.posts: unlogged is yes, desired no"},
    {"ALTER TABLE users ALTER COLUMN id SET GENERATED BY DEFAULT", "public.users.id: identity is BY DEFAULT, desired ALWAYS"},
    {"ALTER TABLE users ALTER COLUMN created_at SET DEFAULT clock_timestamp()", "public.users.created_at: default is"},
    {"CREATE SCHEMA extra_schema", "extra_schema: schema is in the database but not in the desired state"},
    {"GRANT SELECT ON posts TO PUBLIC", "public.posts: privileges is PUBLIC: SELECT, desired none"},
    {"GRANT EXECUTE ON FUNCTION touch() TO PUBLIC", "public.touch(): privileges is PUBLIC: EXECUTE, desired none"},
    {"REVOKE SELECT (email) ON users FROM PUBLIC", "public.users: privileges is none, desired PUBLIC: SELECT (email)"},
    {"REVOKE USAGE ON TYPE mood FROM PUBLIC", "public.mood: privileges is none, desired PUBLIC: USAGE"},
    {"GRANT CREATE ON SCHEMA public TO PUBLIC", "public: privileges is PUBLIC: CREATE, USAGE, desired PUBLIC: USAGE"},
};

std::string quoted(const std::string& name) { return engine::quote_ident(name); }

}  // namespace

TEST_CASE("drift: a database loaded from a schema has no drift against it; 51 mutations are each found",
          "[live][drift]") {
    REQUIRE(mutations.size() >= 40);
    test_support::TempDir dir;
    const std::string desired = dir.write("schema.sql", base_schema);
    test_support::ScratchDatabase base("drift_base");
    {
        introspect::Connection c(base.url());
        c.execute(base_schema);
    }
    const auto clean = test_support::run_strata({"drift", "--url", base.url(), "--to", desired});
    INFO(clean.out << clean.err);
    REQUIRE(clean.exit_code == 0);
    CHECK(clean.out.empty());

    introspect::Connection admin(test_support::live_server_url());
    int n = 0;
    for (const auto& m : mutations) {
        const std::string name = base.name() + "_m" + std::to_string(++n);
        admin.execute("CREATE DATABASE " + quoted(name) + " TEMPLATE " + quoted(base.name()));
        const std::string url = test_support::url_for_database(test_support::live_server_url(), name);
        {
            introspect::Connection c(url);
            c.execute(m.sql);
        }
        const auto r = test_support::run_strata({"drift", "--url", url, "--to", desired});
        admin.execute("DROP DATABASE " + quoted(name) + " WITH (FORCE)");
        INFO("mutation: " << m.sql << "\nreport:\n" << r.out << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.out.find(m.expected) != std::string::npos);
    }
}

TEST_CASE("drift: expressions the server rewrites are deparsed by it, and real changes stay found", "[live][drift]") {
    // Each of these is stored otherwise than written: implicit casts, folded literals, a
    // SQL-standard body with parentheses added, a default operator class, a VARIADIC call, a
    // rule's unqualified names.
    const std::string schema = R"SQL(
CREATE TABLE foobar (
    id int,
    buzz float,
    qty int,
    price numeric,
    mask bit(8) DEFAULT x'1F',
    total numeric GENERATED ALWAYS AS (qty * price * (1 - 5 / 100)) STORED,
    CHECK (id < buzz)
);
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql RETURN a + b;
ALTER TABLE foobar ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON foobar USING (id::text = current_setting('app.id', true)::text);
CREATE TABLE docs (name text, body jsonb, tags text[]);
CREATE INDEX docs_name ON docs (name text_ops);
CREATE INDEX docs_tags ON docs USING gin (tags array_ops);
CREATE INDEX docs_path ON docs (jsonb_extract_path_text(body, 'a', 'b')) WHERE name > 'm';
CREATE TABLE docs_log (name text);
CREATE RULE docs_logged AS ON INSERT TO docs DO ALSO INSERT INTO docs_log (name) VALUES (new.name);
)SQL";
    test_support::TempDir dir;
    const std::string desired = dir.write("schema.sql", schema);
    test_support::ScratchDatabase db("drift_expressions");
    {
        introspect::Connection c(db.url());
        c.execute(schema);
    }
    const auto clean = test_support::run_strata({"drift", "--url", db.url(), "--to", desired});
    INFO(clean.out << clean.err);
    CHECK(clean.exit_code == 0);
    {
        introspect::Connection c(db.url());
        c.execute("CREATE OR REPLACE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql RETURN a - b;"
                  "ALTER TABLE foobar DROP CONSTRAINT foobar_check, ADD CONSTRAINT foobar_check CHECK (id <= buzz);"
                  "DROP INDEX docs_name; CREATE INDEX docs_name ON docs (name text_pattern_ops);"
                  "CREATE OR REPLACE RULE docs_logged AS ON INSERT TO docs DO ALSO INSERT INTO docs_log (name) VALUES (upper(new.name))");
    }
    const auto changed = test_support::run_strata({"drift", "--url", db.url(), "--to", desired});
    INFO(changed.out << changed.err);
    CHECK(changed.exit_code == 2);
    CHECK(changed.out.find("public.add(integer, integer): body is RETURN (a - b), desired RETURN (a + b)") != std::string::npos);
    CHECK(changed.out.find("public.foobar.foobar_check: check is CHECK (((id)::double precision <= buzz)), desired "
                           "CHECK (((id)::double precision < buzz))") != std::string::npos);
    CHECK(changed.out.find("public.docs_name: columns is name text_pattern_ops, desired name (") != std::string::npos);
    CHECK(changed.out.find("rule docs_logged on docs: definition is") != std::string::npos);
    CHECK(changed.out.find("docs_tags") == std::string::npos);
    CHECK(changed.out.find("docs_path") == std::string::npos);
    // Nothing is left behind: no temporary objects, no open transaction.
    introspect::Connection c(db.url());
    CHECK(c.query("SELECT count(*) FROM pg_class WHERE relname LIKE 'strata_probe%'").get(0, 0) == "0");
}

TEST_CASE("drift: json and github formats carry the desired file and line", "[live][drift]") {
    test_support::TempDir dir;
    const std::string desired = dir.write("schema.sql", "CREATE TABLE t (\n    id int,\n    email varchar(255)\n);\n");
    test_support::ScratchDatabase db("drift_formats");
    {
        introspect::Connection c(db.url());
        c.execute("CREATE TABLE t (id int, email text)");
    }
    const auto text = test_support::run_strata({"drift", "--url", db.url(), "--to", desired});
    CHECK(text.exit_code == 2);
    CHECK(text.out == "public.t.email: type is text, desired character varying(255) (" + desired + ":3)\n");
    const auto github = test_support::run_strata({"drift", "--url", db.url(), "--to", desired, "--format", "github"});
    CHECK(github.exit_code == 2);
    CHECK(github.out == "::error file=" + desired + ",line=3::public.t.email: type is text, desired character varying(255) (" +
                            desired + ":3)\n");
    const auto json = test_support::run_strata({"drift", "--url", db.url(), "--to", desired, "--format", "json"});
    CHECK(json.exit_code == 2);
    CHECK(json.out.find("\"drift\": true") != std::string::npos);
    CHECK(json.out.find("\"path\": \"public.t.email\"") != std::string::npos);
    CHECK(json.out.find("\"line\": 3") != std::string::npos);
}

TEST_CASE("drift: a role with only CONNECT and USAGE can run it", "[live][drift]") {
    test_support::TempDir dir;
    test_support::ScratchDatabase db("drift_role");
    const std::string role = "strata_drift_" + db.name().substr(db.name().size() - 6);
    const std::string desired = dir.write("schema.sql", "CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY);\n"
                                                        "CREATE VIEW app.v AS SELECT id FROM app.t;\n"
                                                        "GRANT USAGE ON SCHEMA app TO " + quoted(role) + ";\n");
    introspect::Connection owner(db.url());
    owner.execute("DROP ROLE IF EXISTS " + quoted(role) + "; CREATE ROLE " + quoted(role) + " LOGIN");
    owner.execute("CREATE SCHEMA app; CREATE TABLE app.t (id int PRIMARY KEY); CREATE VIEW app.v AS SELECT id FROM app.t;"
                  "GRANT USAGE ON SCHEMA app TO " + quoted(role) + "; REVOKE ALL ON DATABASE " + quoted(db.name()) +
                  " FROM PUBLIC; GRANT CONNECT, TEMP ON DATABASE " + quoted(db.name()) + " TO " + quoted(role));
    std::string url = db.url();
    url.replace(url.find("postgres@"), 9, role + "@");
    const auto r = test_support::run_strata({"drift", "--url", url, "--to", desired});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    owner.execute("REVOKE ALL ON SCHEMA app FROM " + quoted(role) + "; REVOKE ALL ON DATABASE " + quoted(db.name()) +
                  " FROM " + quoted(role) + "; DROP ROLE " + quoted(role));
}

TEST_CASE("plan --format text with a database on either side goes through drift's comparison", "[live][plan]") {
    // Written otherwise than the server stores it: the view, the check, the index's opclass.
    const std::string schema = "CREATE TABLE t (id int, price numeric CHECK (price > 0), name text);\n"
                               "CREATE INDEX t_name ON t (name text_ops);\n"
                               "CREATE VIEW cheap AS SELECT id FROM t WHERE price < 10;\n";
    test_support::TempDir dir;
    const std::string same = dir.write("same.sql", schema);
    const std::string changed = dir.write("changed.sql", schema + "ALTER TABLE t ADD COLUMN note text;\n");
    test_support::ScratchDatabase db("plan_text");
    {
        introspect::Connection c(db.url());
        c.execute(schema);
    }
    auto none = test_support::run_strata({"plan", "--from", db.url(), "--to", same, "--format", "text", "--exit-code"});
    INFO(none.out << none.err);
    CHECK(none.exit_code == 0);
    CHECK(none.out == "-- no changes\n");
    CHECK(none.err.find("approximate") == std::string::npos);
    auto forward = test_support::run_strata({"plan", "--from", db.url(), "--to", changed, "--format", "text"});
    CHECK(forward.out == "+ column public.t.note\n");
    auto backward = test_support::run_strata({"plan", "--from", changed, "--to", db.url(), "--format", "text"});
    CHECK(backward.out == "- column public.t.note\n");
}
