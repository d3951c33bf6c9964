// The introspector against the throwaway server: a constant number of catalog queries, what it
// leaves out, what an unprivileged role can read, and that what it reads is the model the
// parser builds from the same SQL.
#include <catch2/catch.hpp>

#include <string>

#include "engine/identifier.hpp"
#include "introspect/connection.hpp"
#include "introspect/read_catalog.hpp"
#include "live_server.hpp"
#include "parser/parse.hpp"

namespace {

engine::QualifiedName qn(const std::string& schema, const std::string& name) {
    return {engine::Ident(schema), engine::Ident(name)};
}

// `count` tables, each with a primary key, a check, an index, a foreign key to the previous
// one, a trigger, a comment and a view over it.
void create_tables(introspect::Connection& c, int count) {
    c.execute(
        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;"
        "DO $$ BEGIN FOR i IN 1.." + std::to_string(count) + " LOOP "
        "EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, v text CHECK (v <> %L), prev int %s)', i, '', "
        "  CASE WHEN i > 1 THEN format('REFERENCES t%s', i - 1) ELSE '' END);"
        "EXECUTE format('CREATE INDEX t%s_v ON t%s (v)', i, i);"
        "EXECUTE format('CREATE TRIGGER t%s_touch BEFORE UPDATE ON t%s FOR EACH ROW EXECUTE FUNCTION touch()', i, i);"
        "EXECUTE format('COMMENT ON TABLE t%s IS %L', i, 'table ' || i);"
        "EXECUTE format('CREATE VIEW v%s AS SELECT id, v FROM t%s', i, i);"
        "END LOOP; END $$;");
}

}  // namespace

TEST_CASE("introspection issues the same number of catalog queries for 10 and 2,000 tables", "[live][introspect]") {
    test_support::ScratchDatabase small("small"), large("large");
    introspect::Connection a(small.url()), b(large.url());
    create_tables(a, 10);
    create_tables(b, 2000);
    const introspect::CatalogRead ra = introspect::read_catalog(a);
    const introspect::CatalogRead rb = introspect::read_catalog(b);
    CHECK(ra.catalog.tables.size() == 10);
    CHECK(rb.catalog.tables.size() == 2000);
    CHECK(rb.catalog.views.size() == 2000);
    CHECK(rb.catalog.triggers.size() == 2000);
    CHECK(rb.catalog.indexes.size() == 2000);
    CHECK(ra.queries > 10);
    CHECK(ra.queries == rb.queries);
}

TEST_CASE("introspection leaves out extension members, the strata schema and excluded objects",
          "[live][introspect]") {
    test_support::ScratchDatabase db("filters");
    introspect::Connection c(db.url());
    c.execute(
        "CREATE EXTENSION citext;"
        "CREATE SCHEMA strata; CREATE TABLE strata.migrations (version text);"
        "CREATE SCHEMA audit; CREATE TABLE audit.log (id int);"
        "CREATE TABLE users (id int, email citext); CREATE TABLE tmp_scratch (id int);"
        "CREATE TABLE keep_me (id int);");
    introspect::ReadOptions options;
    options.exclude = {"tmp_*", "audit.*"};
    const introspect::CatalogRead read = introspect::read_catalog(c, options);
    const engine::Catalog& catalog = read.catalog;
    CHECK(catalog.extensions.count(engine::Ident("citext")) == 1);
    // citext brings dozens of functions, operators, casts and a type: none is read.
    CHECK(catalog.functions.empty());
    CHECK(catalog.raw_objects.empty());
    CHECK(catalog.tables.count(qn("public", "users")) == 1);
    CHECK(catalog.tables.count(qn("public", "keep_me")) == 1);
    CHECK(catalog.tables.count(qn("public", "tmp_scratch")) == 0);
    CHECK(catalog.tables.count(qn("audit", "log")) == 0);
    CHECK(catalog.tables.count(qn("strata", "migrations")) == 0);
    CHECK(catalog.schemas.count(engine::Ident("strata")) == 0);
    // Without excludes, the excluded ones are there.
    const introspect::CatalogRead all = introspect::read_catalog(c);
    CHECK(all.catalog.tables.count(qn("public", "tmp_scratch")) == 1);
    CHECK(all.catalog.tables.count(qn("audit", "log")) == 1);
}

TEST_CASE("a role with only CONNECT and USAGE can be introspected with", "[live][introspect]") {
    test_support::ScratchDatabase db("unprivileged");
    introspect::Connection owner(db.url());
    const std::string role = "strata_reader_" + db.name().substr(db.name().size() - 6);
    owner.execute("DROP ROLE IF EXISTS " + engine::quote_ident(role) + "; CREATE ROLE " + engine::quote_ident(role) +
                  " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
    owner.execute("REVOKE ALL ON DATABASE " + engine::quote_ident(db.name()) + " FROM PUBLIC; GRANT CONNECT ON DATABASE " +
                  engine::quote_ident(db.name()) + " TO " + engine::quote_ident(role));
    owner.execute(
        "CREATE SCHEMA app; GRANT USAGE ON SCHEMA app TO " + engine::quote_ident(role) + ";"
        "CREATE TABLE app.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);"
        "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
        "CREATE VIEW app.v AS SELECT id FROM app.accounts;"
        "ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;"
        "CREATE POLICY own ON app.accounts USING (name = current_user);");
    std::string url = db.url();
    url.replace(url.find("postgres@"), 9, role + "@");
    introspect::Connection reader(url);
    const introspect::CatalogRead read = introspect::read_catalog(reader);
    CHECK(read.catalog.tables.count(qn("app", "accounts")) == 1);
    CHECK(read.catalog.views.count(qn("app", "v")) == 1);
    CHECK(read.catalog.functions.size() == 1);
    CHECK(read.catalog.policies.size() == 1);
    owner.execute("DROP OWNED BY " + engine::quote_ident(role) + "; REVOKE ALL ON SCHEMA app FROM " +
                  engine::quote_ident(role));
    reader = introspect::Connection(db.url());
    owner.execute("REVOKE CONNECT ON DATABASE " + engine::quote_ident(db.name()) + " FROM " + engine::quote_ident(role));
    owner.execute("DROP ROLE " + engine::quote_ident(role));
}

TEST_CASE("introspection reads the model the parser builds from the same SQL", "[live][introspect]") {
    const std::string sql = R"SQL(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE events (
    id bigint GENERATED BY DEFAULT AS IDENTITY,
    at timestamptz NOT NULL DEFAULT now(),
    feeling mood,
    n positive,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_feeling ON events (feeling) WHERE feeling IS NOT NULL;
CREATE VIEW happy AS SELECT id FROM events WHERE feeling = 'happy';
COMMENT ON COLUMN events.feeling IS 'how it went';
)SQL";
    test_support::ScratchDatabase db("model");
    introspect::Connection c(db.url());
    c.execute(sql);
    const introspect::CatalogRead read = introspect::read_catalog(c);
    const engine::Catalog& live = read.catalog;
    const engine::Catalog file = parser::parse_sql(sql, "model.sql").catalog;

    const auto& mood = live.enums.at(qn("public", "mood"));
    CHECK(mood.labels == std::vector<std::string>{"sad", "ok", "happy"});
    CHECK(mood.labels == file.enums.at(qn("public", "mood")).labels);
    REQUIRE(live.tables.count(qn("public", "events_2026")) == 1);
    const auto& partition = live.tables.at(qn("public", "events_2026"));
    REQUIRE(partition.partition_of.has_value());
    CHECK(partition.partition_of->parent == qn("public", "events"));
    const auto& events = live.tables.at(qn("public", "events"));
    REQUIRE(events.columns.size() == 4);
    CHECK(events.columns[0].identity == file.tables.at(qn("public", "events")).columns[0].identity);
    CHECK(events.columns[1].type.sql() == "timestamp with time zone");
    CHECK(events.columns[1].not_null);
    CHECK(live.indexes.count(qn("public", "events_feeling")) == 1);
    CHECK(live.views.count(qn("public", "happy")) == 1);
    CHECK(live.domains.count(qn("public", "positive")) == 1);
    // Every object remembers where it was read: the database, as the source.
    CHECK(events.where.file.find("database ") == 0);
}
