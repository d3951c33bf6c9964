// The diff core's normalisation: what a user writes and what the catalog prints for the same
// schema compare equal; real differences are reported with the right path and field.
#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "planner/diff.hpp"
#include "planner/plan.hpp"
#include "planner/render_catalog.hpp"

namespace {

planner::ChangeSet diff_sql(const std::string& from, const std::string& to) {
    return planner::diff(parser::parse_sql(from, "from.sql").catalog, parser::parse_sql(to, "to.sql").catalog);
}

std::string describe(const planner::ChangeSet& changes) {
    std::string out;
    for (const auto& c : changes.changes) {
        out += c.path + " [" + c.object_kind + "]";
        for (const auto& f : c.fields) out += " " + f.field + ": '" + f.from + "' -> '" + f.to + "'";
        out += "\n";
    }
    return out;
}

void require_equal(const std::string& written, const std::string& catalog) {
    const planner::ChangeSet changes = diff_sql(catalog, written);
    INFO(describe(changes));
    CHECK(changes.empty());
}

// The one change, altered, at `path`, with `field` among the differing fields.
void require_altered(const std::string& from, const std::string& to, const std::string& path, const std::string& field) {
    const planner::ChangeSet changes = diff_sql(from, to);
    INFO(describe(changes));
    REQUIRE(changes.changes.size() == 1);
    const planner::Change& c = changes.changes.front();
    CHECK(c.kind == planner::ChangeKind::altered);
    CHECK(c.path == path);
    bool found = false;
    for (const auto& f : c.fields) found = found || f.field == field;
    CHECK(found);
}

}  // namespace

TEST_CASE("diff: type aliases, typmods and arrays compare by meaning", "[diff]") {
    require_equal("CREATE TABLE t (a int, b int4, c varchar(20), d char(3), e numeric(10,2), f timestamp(3), g int[], "
                  "h timestamptz, i bool, j float8, k decimal);",
                  "CREATE TABLE public.t (a integer, b integer, c character varying(20), d character(3), e numeric(10,2), "
                  "f timestamp(3) without time zone, g integer[], h timestamp with time zone, i boolean, j double precision, "
                  "k numeric);");
    require_altered("CREATE TABLE t (c varchar(20));", "CREATE TABLE t (c varchar(30));", "public.t.c", "type");
    require_altered("CREATE TABLE t (c int);", "CREATE TABLE t (c int[]);", "public.t.c", "type");
}

TEST_CASE("diff: domains compare by base type, default and checks", "[diff]") {
    require_equal("CREATE DOMAIN pos AS int CHECK (VALUE > 0);",
                  "CREATE DOMAIN public.pos AS integer CONSTRAINT pos_check CHECK ((VALUE > 0));");
    require_altered("CREATE DOMAIN pos AS int CHECK (VALUE > 0);", "CREATE DOMAIN pos AS int CHECK (VALUE > 1);",
                    "public.pos", "checks");
}

TEST_CASE("diff: defaults with literal casts, serial and timestamps", "[diff]") {
    require_equal("CREATE TABLE t (a varchar(5) DEFAULT 'x', b numeric DEFAULT 0, c timestamptz DEFAULT CURRENT_TIMESTAMP);",
                  "CREATE TABLE public.t (a character varying(5) DEFAULT 'x'::character varying, "
                  "b numeric DEFAULT (0)::numeric, c timestamp with time zone DEFAULT now());");
    require_equal("CREATE TABLE t (id serial);",
                  "CREATE TABLE public.t (id integer NOT NULL);\n"
                  "CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;\n"
                  "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n"
                  "ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);");
    require_altered("CREATE TABLE t (a int DEFAULT 1);", "CREATE TABLE t (a int DEFAULT 2);", "public.t.a", "default");
    // public. is dropped from calls (search_path finds them), but pgcrypto's gen_random_uuid() is
    // not the one an unqualified call reaches: pg_catalog's, searched first.
    require_equal("CREATE TABLE t (a int DEFAULT f());", "CREATE TABLE public.t (a integer DEFAULT public.f());");
    require_altered("CREATE TABLE t (u uuid DEFAULT public.gen_random_uuid());", "CREATE TABLE t (u uuid DEFAULT gen_random_uuid());",
                    "public.t.u", "default");
}

TEST_CASE("diff: expressions modulo parentheses, IN, LIKE and BETWEEN", "[diff]") {
    require_equal("CREATE TABLE t (a int, s text, CONSTRAINT c1 CHECK (a IN (1, 2)), CONSTRAINT c2 CHECK (s LIKE 'a%'), "
                  "CONSTRAINT c3 CHECK (a BETWEEN 1 AND 9), CONSTRAINT c4 CHECK ((((a > 0)))));",
                  "CREATE TABLE public.t (a integer, s text, CONSTRAINT c1 CHECK ((a = ANY (ARRAY[1, 2]))), "
                  "CONSTRAINT c2 CHECK ((s ~~ 'a%'::text)), CONSTRAINT c3 CHECK (((a >= 1) AND (a <= 9))), "
                  "CONSTRAINT c4 CHECK ((a > 0)));");
    require_altered("CREATE TABLE t (a int CONSTRAINT c CHECK (a > 0));", "CREATE TABLE t (a int CONSTRAINT c CHECK (a >= 0));",
                    "public.t.c", "check");
}

TEST_CASE("diff: implicit names, FK defaults, index defaults and partition bounds", "[diff]") {
    require_equal("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int REFERENCES p, n int UNIQUE);",
                  "CREATE TABLE public.p (id integer NOT NULL); CREATE TABLE public.c (id integer, n integer);"
                  "ALTER TABLE ONLY public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id);"
                  "ALTER TABLE ONLY public.c ADD CONSTRAINT c_n_key UNIQUE (n);"
                  "ALTER TABLE ONLY public.c ADD CONSTRAINT c_id_fkey FOREIGN KEY (id) REFERENCES public.p(id) "
                  "MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION NOT DEFERRABLE;");
    require_equal("CREATE TABLE t (a int, b text); CREATE INDEX ON t (a ASC NULLS LAST, lower(b));",
                  "CREATE TABLE public.t (a integer, b text); CREATE INDEX t_a_lower_idx ON public.t USING btree (a, lower(b));");
    require_equal("CREATE TABLE m (d date) PARTITION BY RANGE (d); "
                  "CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
                  "CREATE TABLE public.m (d date) PARTITION BY RANGE (d); CREATE TABLE public.m1 (d date);"
                  "ALTER TABLE ONLY public.m ATTACH PARTITION public.m1 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');");
    // PostgreSQL 15 gives a partition its parent's NOT NULL but not its identity.
    require_equal("CREATE TABLE l (id bigint GENERATED ALWAYS AS IDENTITY, d date) PARTITION BY RANGE (d); "
                  "CREATE TABLE l1 PARTITION OF l DEFAULT;",
                  "CREATE TABLE public.l (id bigint NOT NULL, d date) PARTITION BY RANGE (d);"
                  "ALTER TABLE public.l ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.l_id_seq);"
                  "CREATE TABLE public.l1 (id bigint NOT NULL, d date);"
                  "ALTER TABLE ONLY public.l ATTACH PARTITION public.l1 DEFAULT;");
    require_altered("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int REFERENCES p);",
                    "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int REFERENCES p ON DELETE CASCADE);",
                    "public.c.c_id_fkey", "on delete");
    require_altered("CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 0;",
                    "CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 1;", "public.i", "predicate");
}

TEST_CASE("diff: sequence options left out equal their defaults for the type", "[diff]") {
    require_equal("CREATE SEQUENCE s;", "CREATE SEQUENCE public.s START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;");
    require_equal("CREATE SEQUENCE s AS integer;",
                  "CREATE SEQUENCE public.s AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1;");
    require_equal("CREATE SEQUENCE s INCREMENT -1;",
                  "CREATE SEQUENCE public.s INCREMENT BY -1 MINVALUE -9223372036854775808 MAXVALUE -1 START WITH -1;");
    require_altered("CREATE SEQUENCE s;", "CREATE SEQUENCE s INCREMENT 5;", "public.s", "increment");
}

TEST_CASE("diff: enum labels in order; functions by signature with bodies exact", "[diff]") {
    require_altered("CREATE TYPE m AS ENUM ('a', 'b');", "CREATE TYPE m AS ENUM ('b', 'a');", "public.m", "labels");
    require_equal("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;",
                  "CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS $_$ SELECT x $_$;");
    require_altered("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;",
                    "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT  x $$;", "public.f(integer)", "body");
    // Another signature is another function: one dropped, one added.
    const planner::ChangeSet overload = diff_sql("CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT 1';",
                                                 "CREATE FUNCTION f(x bigint) RETURNS int LANGUAGE sql AS 'SELECT 1';");
    REQUIRE(overload.changes.size() == 2);
    CHECK(overload.changes[0].kind != overload.changes[1].kind);
}

TEST_CASE("diff: added and dropped objects, in a deterministic order", "[diff]") {
    // A table added or dropped is one change: its columns are not listed again.
    const planner::ChangeSet changes = diff_sql("CREATE TABLE a (x int); CREATE TABLE b (y int);",
                                                "CREATE TABLE b (y int, z int); CREATE TABLE c (w int);");
    INFO(describe(changes));
    REQUIRE(changes.changes.size() == 3);
    CHECK(changes.changes[0].path == "public.a");
    CHECK(changes.changes[0].kind == planner::ChangeKind::dropped);
    CHECK(changes.changes[1].path == "public.c");
    CHECK(changes.changes[1].kind == planner::ChangeKind::added);
    CHECK(changes.changes[1].to_where.line == 1);
    CHECK(changes.changes[2].path == "public.b.z");
    CHECK(changes.changes[2].kind == planner::ChangeKind::added);
    CHECK(describe(changes) == describe(diff_sql("CREATE TABLE a (x int); CREATE TABLE b (y int);",
                                                 "CREATE TABLE b (y int, z int); CREATE TABLE c (w int);")));
}

TEST_CASE("diff: privileges as GRANT, REVOKE and default privileges leave them, owners' own left out", "[diff]") {
    // ALL expands per kind; a table-level REVOKE takes the column privileges with it.
    require_equal("CREATE TABLE t (a int); GRANT ALL ON t TO app; GRANT SELECT (a) ON t TO app; REVOKE DELETE ON t FROM app;",
                  "CREATE TABLE public.t (a integer); GRANT INSERT, UPDATE, SELECT, TRUNCATE, REFERENCES, TRIGGER ON TABLE public.t TO app;"
                  "GRANT SELECT (a) ON TABLE public.t TO app;");
    require_equal("CREATE TABLE t (a int); GRANT SELECT (a) ON t TO app; REVOKE SELECT ON t FROM app;",
                  "CREATE TABLE public.t (a integer);");
    // Routines start with EXECUTE for PUBLIC; default privileges apply to what is created after them.
    require_equal("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1';"
                  "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
                  "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'select 1';",
                  "CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'select 1';"
                  "CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql AS 'select 1';"
                  "REVOKE ALL ON FUNCTION public.g() FROM PUBLIC;"
                  "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;");
    // A grant to the owner changes nothing.
    require_equal("CREATE TABLE t (a int); ALTER TABLE t OWNER TO bob; GRANT ALL ON t TO bob;",
                  "CREATE TABLE public.t (a integer); ALTER TABLE public.t OWNER TO bob;");
    require_altered("CREATE TABLE t (a int);", "CREATE TABLE t (a int); GRANT SELECT ON t TO app;", "public.t", "privileges");
    require_altered("CREATE SCHEMA s; GRANT USAGE ON SCHEMA s TO app WITH GRANT OPTION;",
                    "CREATE SCHEMA s; GRANT USAGE ON SCHEMA s TO app;", "s", "privileges");
    require_altered("CREATE TYPE m AS ENUM ('a');", "CREATE TYPE m AS ENUM ('a'); REVOKE USAGE ON TYPE m FROM PUBLIC;",
                    "public.m", "privileges");
}

TEST_CASE("diff: default privileges compare per role, schema and kind, as their statements leave them in order",
          "[diff]") {
    // A GRANT its REVOKE takes back is nothing; so is a schema's REVOKE of what only every schema gives.
    require_equal("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app;"
                  "ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM app;"
                  "CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;",
                  "CREATE SCHEMA s;");
    // ROUTINES are FUNCTIONS; ALL is every privilege of the kind; words may be written in any case.
    require_equal("alter default privileges grant all on routines to app;",
                  "ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO app;");
    // FOR ROLE CURRENT_USER is the role that runs it, as no FOR ROLE is.
    require_equal("ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER GRANT SELECT ON TABLES TO app;",
                  "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app;");
    // A role's privileges on its own new objects are left out, as an owner's are.
    require_equal("ALTER DEFAULT PRIVILEGES FOR ROLE owner REVOKE ALL ON SEQUENCES FROM owner;", "");
    require_altered("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app;",
                    "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app WITH GRANT OPTION;", "on tables",
                    "default privileges");
    require_altered("CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT USAGE ON SEQUENCES TO app;",
                    "CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT USAGE, SELECT ON SEQUENCES TO app;",
                    "in schema s on sequences", "default privileges");
    const planner::ChangeSet changes =
        diff_sql("", "ALTER DEFAULT PRIVILEGES FOR ROLE \"Big Boss\", app IN SCHEMA s, t GRANT USAGE ON TYPES TO x;");
    INFO(describe(changes));
    std::vector<std::string> paths;
    for (const auto& c : changes.changes)
        if (c.object_kind == "default privileges" && c.kind == planner::ChangeKind::added) paths.push_back(c.path);
    CHECK(paths == std::vector<std::string>{"for role \"Big Boss\" in schema s on types",
                                            "for role \"Big Boss\" in schema t on types",
                                            "for role app in schema s on types", "for role app in schema t on types"});
    // FOR ROLE gives an object its default privileges when it names the object's owner.
    const std::string owned = "ALTER DEFAULT PRIVILEGES FOR ROLE bob GRANT SELECT ON TABLES TO app;"
                              "CREATE TABLE mine (a int); ALTER TABLE mine OWNER TO bob; CREATE TABLE theirs (a int);";
    require_equal(owned,
                  "ALTER DEFAULT PRIVILEGES FOR ROLE bob GRANT SELECT ON TABLES TO app;"
                  "CREATE TABLE mine (a int); ALTER TABLE mine OWNER TO bob; GRANT SELECT ON mine TO app;"
                  "CREATE TABLE theirs (a int);");
}

TEST_CASE("plan: default privileges are changed last; what the plan creates starts with the old ones", "[plan]") {
    const auto from = parser::parse_sql("ALTER DEFAULT PRIVILEGES GRANT UPDATE ON TABLES TO app;", "from.sql").catalog;
    const auto to = parser::parse_sql("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app;"
                                      "CREATE TABLE t (a int);",
                                      "to.sql")
                        .catalog;
    const planner::Plan plan = planner::plan(from, to, planner::diff(from, to), {});
    std::vector<std::string> steps;
    for (const auto& group : plan.groups)
        for (const auto& step : group.steps) steps.push_back(step.sql);
    CHECK(steps == std::vector<std::string>{"CREATE TABLE public.t (\n    a integer\n)",
                                            "REVOKE UPDATE ON TABLE public.t FROM app",
                                            "GRANT SELECT ON TABLE public.t TO app",
                                            "ALTER DEFAULT PRIVILEGES REVOKE UPDATE ON TABLES FROM app",
                                            "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app"});
}

TEST_CASE("render: privileges are written as each object's ACL, default privileges included", "[diff][render]") {
    // The default privileges are rendered last (they would apply to the script itself), so their
    // effect on g is written out on g; a GRANT on what the model does not hold stays verbatim.
    const engine::Catalog catalog =
        parser::parse_sql("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
                          "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                          "CREATE TABLE t (a int, \"B\" int); GRANT ALL ON t TO app; REVOKE DELETE ON t FROM app;"
                          "GRANT SELECT (a, \"B\") ON t TO \"Reader\" WITH GRANT OPTION; GRANT CONNECT ON DATABASE d TO app;",
                          "acl.sql")
            .catalog;
    const std::string sql = planner::render_catalog_sql(catalog);
    INFO(sql);
    for (const char* statement :
         {"\nREVOKE EXECUTE ON FUNCTION public.g() FROM PUBLIC;\n",
          "\nGRANT INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.t TO app;\n",
          "\nGRANT SELECT (\"B\"), SELECT (a) ON TABLE public.t TO \"Reader\" WITH GRANT OPTION;\n",
          "\nGRANT CONNECT ON DATABASE d TO app;\n"})
        CHECK(sql.find(statement) != std::string::npos);
    CHECK(sql.find("DELETE") == std::string::npos);
    // Read back, the canonical script gives every object the same privileges.
    const planner::ChangeSet changes = planner::diff(catalog, parser::parse_sql(sql, "canonical.sql").catalog);
    INFO(describe(changes));
    CHECK(changes.empty());
}

TEST_CASE("diff: statements kept whole compare without the qualifiers search_path made optional", "[diff]") {
    // The catalog qualifies what the file left to search_path, quotes keywords, and prints an
    // aggregate's options in its own order with canonical type names.
    require_equal("CREATE SCHEMA app; SET search_path = app;"
                  "CREATE FUNCTION tr(int, int) RETURNS int LANGUAGE sql AS 'select 1';"
                  "CREATE AGGREGATE app.total(int) (initcond = '0', stype = int, sfunc = tr);"
                  "CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');",
                  "CREATE SCHEMA app;"
                  "CREATE FUNCTION app.tr(integer, integer) RETURNS integer LANGUAGE sql AS 'select 1';"
                  "CREATE AGGREGATE app.total(integer) (SFUNC = app.tr, STYPE = integer, INITCOND = '0');"
                  "CREATE COLLATION app.\"numeric\" (provider = icu, locale = 'en-u-kn-true');");
    // The object's own schema still counts, and so do the option values.
    const planner::ChangeSet moved = diff_sql("CREATE SCHEMA a; CREATE SCHEMA b; CREATE AGGREGATE a.s(int) (sfunc = int4pl, stype = int);",
                                              "CREATE SCHEMA a; CREATE SCHEMA b; CREATE AGGREGATE b.s(int) (sfunc = int4pl, stype = int);");
    INFO(describe(moved));
    CHECK(moved.changes.size() == 2);
    require_altered("CREATE AGGREGATE s(int) (sfunc = int4pl, stype = int, initcond = '0');",
                    "CREATE AGGREGATE s(int) (sfunc = int4pl, stype = int, initcond = '1');", "aggregate s(integer)", "definition");
}

TEST_CASE("plan: a partition's key attached to its parent's index that stays is refused, naming both and the way",
          "[plan]") {
    const std::string head = R"SQL(
CREATE TABLE ev (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX ev_id_at ON ONLY ev (id, at);
)SQL";
    const auto from = parser::parse_sql(head + "ALTER TABLE ev_2024 ADD CONSTRAINT ev_2024_key UNIQUE (id, at);"
                                               "ALTER INDEX ev_id_at ATTACH PARTITION ev_2024_key;",
                                        "from.sql")
                          .catalog;
    const auto to = parser::parse_sql(head + "ALTER TABLE ev_2024 ADD CONSTRAINT ev_2024_key PRIMARY KEY (id, at);\n"
                                             "ALTER INDEX ev_id_at ATTACH PARTITION ev_2024_key;",
                                      "to.sql")
                        .catalog;
    try {
        planner::plan(from, to, planner::diff(from, to), {});
        FAIL("the plan was not refused");
    } catch (const engine::Error& e) {
        CHECK(e.where().file == "to.sql");
        CHECK(e.where().line == 5);
        CHECK(e.message() ==
              "constraint ev_2024_key on public.ev_2024 is attached to index public.ev_id_at, which stays: PostgreSQL "
              "cannot drop it to create it anew while it is attached, nor detach it; detach partition public.ev_2024 "
              "from public.ev (ALTER TABLE … DETACH PARTITION), change it, and attach the partition again");
    }
    // A key no longer attached leaves `to`'s parent index invalid: the way is to make that again.
    const auto unattached =
        parser::parse_sql(head + "CREATE UNIQUE INDEX ev_2024_key ON ev_2024 (id, at);", "loose.sql").catalog;
    try {
        planner::plan(from, unattached, planner::diff(from, unattached), {});
        FAIL("the plan was not refused");
    } catch (const engine::Error& e) {
        CHECK(e.message() ==
              "constraint ev_2024_key on public.ev_2024 is attached to index public.ev_id_at, which stays: PostgreSQL "
              "cannot detach it, nor drop it while it is attached; make public.ev_id_at again as well (drop it, create "
              "it on the parent alone with ONLY, and attach the indexes that stay attached)");
    }
    // With the parent's index made again too, the partition's key goes with it: no refusal.
    const auto rebuilt = parser::parse_sql(
        "CREATE TABLE ev (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);"
        "CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
        "CREATE UNIQUE INDEX ev_id_at ON ONLY ev (at, id);"
        "ALTER TABLE ev_2024 ADD CONSTRAINT ev_2024_key PRIMARY KEY (at, id);"
        "ALTER INDEX ev_id_at ATTACH PARTITION ev_2024_key;",
        "rebuilt.sql")
                             .catalog;
    CHECK_NOTHROW(planner::plan(from, rebuilt, planner::diff(from, rebuilt), {}));
}
