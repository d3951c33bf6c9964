// planner::render_catalog_sql: exact output per object kind, the order between kinds, and
// determinism. Catalogs are built by hand, so these tests do not depend on the parser.
#include <algorithm>

#include <catch2/catch.hpp>

#include "planner/render_catalog.hpp"

using namespace engine;

namespace {

const std::string header = "-- strata canonical schema\nSET check_function_bodies = false;\n";

QualifiedName qn(const std::string& schema, const std::string& name) { return {Ident(schema), Ident(name)}; }
Expression ex(const std::string& text) { return Expression{text, {}}; }
TypeName ty(const std::string& name, std::vector<std::string> modifiers = {}) {
    return TypeName{Ident(), name, std::move(modifiers), "", 0};
}

Column col(const std::string& name, TypeName type, bool not_null = false) {
    Column c;
    c.name = Ident(name);
    c.type = std::move(type);
    c.not_null = not_null;
    return c;
}

Table& add_table(Catalog& catalog, const std::string& schema, const std::string& name) {
    Table& table = catalog.tables[qn(schema, name)];
    table.name = qn(schema, name);
    return table;
}

View& add_view(Catalog& catalog, const std::string& name, const std::string& query) {
    View& view = catalog.views[qn("public", name)];
    view.name = qn("public", name);
    view.query = query;
    return view;
}

// The script without its fixed two-line header.
std::string body(const Catalog& catalog) {
    const std::string sql = planner::render_catalog_sql(catalog);
    REQUIRE(sql.substr(0, header.size()) == header);
    return sql.substr(header.size());
}

}  // namespace

TEST_CASE("render: an empty catalog is only the header", "[render]") {
    CHECK(planner::render_catalog_sql(Catalog{}) == header);
}

TEST_CASE("render: schemas and extensions, public is never created", "[render]") {
    Catalog c;
    c.schemas[Ident("public")].name = Ident("public");
    c.schemas[Ident("app")].name = Ident("app");
    c.schemas[Ident("My Schema")].name = Ident("My Schema");
    c.schemas[Ident("app")].comment = "it's the app";
    Extension& e = c.extensions[Ident("pgcrypto")];
    e.name = Ident("pgcrypto");
    e.schema = Ident("app");
    e.version = "1.3";
    c.extensions[Ident("citext")].name = Ident("citext");
    CHECK(body(c) ==
          "\nCREATE SCHEMA \"My Schema\";\n"
          "\nCREATE SCHEMA app;\n"
          "\nCREATE EXTENSION IF NOT EXISTS citext;\n"
          "\nCREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA app VERSION '1.3';\n"
          "\nCOMMENT ON SCHEMA app IS 'it''s the app';\n");
}

TEST_CASE("render: enums, ranges, then composites and domains in dependency order", "[render]") {
    Catalog c;
    EnumType& mood = c.enums[qn("public", "mood")];
    mood.name = qn("public", "mood");
    mood.labels = {"sad", "it's ok", "happy"};
    RangeType& range = c.ranges[qn("public", "floatrange")];
    range.name = qn("public", "floatrange");
    range.options = {{"subtype", "double precision"}, {"subtype_diff", "float8mi"}};
    // `pair` (a composite) uses the domain `posint`, so the domain comes first.
    CompositeType& pair = c.composites[qn("public", "pair")];
    pair.name = qn("public", "pair");
    pair.attributes = {{Ident("a"), TypeName{Ident("public"), "posint", {}, "", 0}, std::nullopt},
                       {Ident("label"), ty("text"), qn("pg_catalog", "C")}};
    Domain& posint = c.domains[qn("public", "posint")];
    posint.name = qn("public", "posint");
    posint.base_type = ty("integer");
    posint.default_value = ex("1");
    posint.not_null = true;
    posint.checks = {{Ident("posint_check"), ex("VALUE > 0"), false, true},
                     {Ident("small"), ex("VALUE < 100"), true, false}};
    posint.comment = "positive";
    CHECK(body(c) ==
          "\nCREATE TYPE public.mood AS ENUM ('sad', 'it''s ok', 'happy');\n"
          "\nCREATE TYPE public.floatrange AS RANGE (subtype = double precision, subtype_diff = float8mi);\n"
          "\nCREATE DOMAIN public.posint AS integer DEFAULT 1 NOT NULL\n"
          "    CONSTRAINT posint_check CHECK (VALUE > 0);\n"
          "\nCREATE TYPE public.pair AS (\n    a public.posint,\n    label text COLLATE pg_catalog.\"C\"\n);\n"
          "\nALTER DOMAIN public.posint ADD CONSTRAINT small CHECK (VALUE < 100) NOT VALID;\n"
          "\nCOMMENT ON DOMAIN public.posint IS 'positive';\n");

    // A check that calls a function of the schema is added once the functions exist.
    Function& f = c.functions["public.is_small(integer)"];
    f.name = qn("public", "is_small");
    f.args = {{engine::ArgMode::in, Ident(), ty("integer"), std::nullopt}};
    f.returns = ty("boolean");
    f.language = "sql";
    f.body = "SELECT $1 < 10";
    posint.checks.push_back({Ident("calls"), ex("public.is_small(VALUE)"), false, false});
    const std::string sql = body(c);
    CHECK(sql.find("CREATE FUNCTION public.is_small") < sql.find("ADD CONSTRAINT calls CHECK (public.is_small(VALUE));"));
    CHECK(sql.find("CREATE DOMAIN public.posint") < sql.find("CREATE FUNCTION public.is_small"));
    CHECK(sql.find("ADD CONSTRAINT calls") != std::string::npos);

    // A domain over a table's row type waits for the table.
    add_table(c, "public", "tt").columns = {col("id", ty("integer"))};
    Domain& rows = c.domains[qn("public", "rows")];
    rows.name = qn("public", "rows");
    rows.base_type = TypeName{Ident("public"), "tt", {}, "", 0};
    rows.checks = {{Ident("later"), ex("(VALUE).id > 0"), true, false}};
    const std::string with_rows = body(c);
    CHECK(with_rows.find("CREATE TABLE public.tt") < with_rows.find("CREATE DOMAIN public.rows AS public.tt;"));
    CHECK(with_rows.find("CREATE DOMAIN public.rows AS public.tt;") <
          with_rows.find("ALTER DOMAIN public.rows ADD CONSTRAINT later CHECK ((VALUE).id > 0) NOT VALID;"));
}

TEST_CASE("render: functions and procedures with all their attributes", "[render]") {
    Catalog c;
    Function f;
    f.name = qn("public", "add");
    f.args = {{ArgMode::in, Ident("a"), ty("integer"), std::nullopt},
              {ArgMode::in, Ident("b"), ty("integer"), ex("1")},
              {ArgMode::out, Ident("Sum"), ty("integer"), std::nullopt}};
    f.language = "sql";
    f.body = "SELECT a + b";
    f.volatility = "immutable";
    f.strict = true;
    f.leakproof = true;
    f.parallel = "safe";
    f.cost = 5;
    f.set_config = {{"search_path", "pg_catalog, public"}, {"work_mem", "FROM CURRENT"}};
    f.comment = "adds";
    c.functions["public.add(integer, integer)"] = f;

    Function quoted;  // the body holds $$, so another tag is needed
    quoted.name = qn("public", "dollars");
    quoted.returns = ty("text");
    quoted.returns_set = true;
    quoted.language = "plpgsql";
    quoted.body = "BEGIN RETURN NEXT $$x$$; END";
    quoted.security_definer = true;
    quoted.rows = 10;
    quoted.transforms = {"hstore", "public.ltree"};
    c.functions["public.dollars()"] = quoted;

    Function table_fn;
    table_fn.name = qn("public", "pairs");
    table_fn.returns_table = {{ArgMode::in, Ident("k"), ty("text"), std::nullopt},
                              {ArgMode::in, Ident("v"), ty("integer"), std::nullopt}};
    table_fn.sql_standard_body = true;
    table_fn.body = "BEGIN ATOMIC\n SELECT 'a', 1;\nEND";
    table_fn.volatility = "stable";
    c.functions["public.pairs()"] = table_fn;

    Function proc;
    proc.name = qn("app", "tidy");
    proc.is_procedure = true;
    proc.args = {{ArgMode::inout, Ident("n"), ty("bigint"), std::nullopt}};
    proc.language = "plpgsql";
    proc.body = "BEGIN n := n + 1; END$";  // ends in '$': the closing tag must still be clean
    proc.volatility = "stable";            // procedures have none; not printed
    c.functions["app.tidy(bigint)"] = proc;

    CHECK(body(c) ==
          "\nCREATE PROCEDURE app.tidy(INOUT n bigint)\n    LANGUAGE plpgsql\n"
          "    AS $strata$BEGIN n := n + 1; END$$strata$;\n"
          "\nCREATE FUNCTION public.add(a integer, b integer DEFAULT 1, OUT \"Sum\" integer)\n"
          "    LANGUAGE sql IMMUTABLE STRICT LEAKPROOF PARALLEL SAFE COST 5\n"
          "    SET search_path TO pg_catalog, public\n"
          "    SET work_mem FROM CURRENT\n"
          "    AS $$SELECT a + b$$;\n"
          "\nCREATE FUNCTION public.dollars() RETURNS SETOF text\n"
          "    LANGUAGE plpgsql TRANSFORM FOR TYPE hstore, FOR TYPE public.ltree SECURITY DEFINER ROWS 10\n"
          "    AS $strata$BEGIN RETURN NEXT $$x$$; END$strata$;\n"
          "\nCREATE FUNCTION public.pairs() RETURNS TABLE(k text, v integer)\n"
          "    LANGUAGE sql STABLE\n"
          "    BEGIN ATOMIC\n SELECT 'a', 1;\nEND;\n"
          "\nCOMMENT ON FUNCTION public.add(integer, integer) IS 'adds';\n");
}

TEST_CASE("render: a function using a table's row type follows the table", "[render]") {
    Catalog c;
    add_table(c, "public", "users").columns = {col("id", ty("integer"))};
    Function f;
    f.name = qn("public", "active_users");
    f.returns = TypeName{Ident("public"), "users", {}, "", 0};
    f.returns_set = true;
    f.body = "SELECT * FROM users";
    c.functions["public.active_users()"] = f;
    CHECK(body(c) ==
          "\nCREATE TABLE public.users (\n    id integer\n);\n"
          "\nCREATE FUNCTION public.active_users() RETURNS SETOF public.users\n"
          "    LANGUAGE sql\n    AS $$SELECT * FROM users$$;\n");
}

TEST_CASE("render: sequences with non-default options and OWNED BY after tables", "[render]") {
    Catalog c;
    Sequence& s = c.sequences[qn("public", "t_id_seq")];
    s.name = qn("public", "t_id_seq");
    s.options.as_type = ty("integer");
    s.options.increment = 2;
    s.options.min_value = 0;
    s.options.max_value = 1000;
    s.options.start = 10;
    s.options.cache = 5;
    s.options.cycle = true;
    s.owned_by = SequenceOwner{qn("public", "t"), Ident("id")};
    Table& t = add_table(c, "public", "t");
    t.columns = {col("id", ty("integer"), true), col("n", ty("bigint"), true)};
    t.columns[0].default_value = ex("nextval('public.t_id_seq'::regclass)");
    t.columns[1].identity = IdentityKind::by_default;
    t.columns[1].identity_options.sequence_name = "public.t_n_seq";
    t.columns[1].identity_options.start = 5;
    // The identity column's own sequence is not created separately.
    Sequence& identity = c.sequences[qn("public", "t_n_seq")];
    identity.name = qn("public", "t_n_seq");
    identity.owned_by = SequenceOwner{qn("public", "t"), Ident("n")};
    CHECK(body(c) ==
          "\nCREATE SEQUENCE public.t_id_seq\n    AS integer\n    START WITH 10\n    INCREMENT BY 2\n"
          "    MINVALUE 0\n    MAXVALUE 1000\n    CACHE 5\n    CYCLE;\n"
          "\nCREATE TABLE public.t (\n"
          "    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL,\n"
          "    n bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME public.t_n_seq START WITH 5) NOT NULL\n"
          ");\n"
          "\nALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n");
}

TEST_CASE("render: tables, columns and inline checks", "[render]") {
    Catalog c;
    Table& t = add_table(c, "app", "Orders");
    t.unlogged = true;
    t.columns = {col("id", ty("bigint"), true), col("note", ty("character varying", {"32"})),
                 col("flag", ty("boolean")), col("total", ty("numeric", {"10", "2"}))};
    t.columns[1].collation = qn("", "C");
    t.columns[1].default_value = ex("'not x'::character varying");  // NOT inside a literal: no parentheses
    t.columns[1].storage = "external";
    t.columns[1].statistics = 500;
    t.columns[1].comment = "free text";
    t.columns[2].default_value = ex("true AND false");  // a_expr: needs parentheses after DEFAULT
    t.columns[3].generated = ex("id * 2");
    t.columns[3].options = {{"n_distinct", "100"}};
    Constraint check;
    check.name = Ident("positive");
    check.kind = ConstraintKind::check;
    check.check = ex("total > 0");
    Constraint late = check;
    late.name = Ident("later");
    late.not_valid = true;
    Constraint unnamed = check;
    unnamed.name = Ident();
    unnamed.check = ex("id <> 0 -- never zero");
    unnamed.no_inherit = true;
    t.constraints = {check, late, unnamed};
    t.storage_params = {{"fillfactor", "70"}, {"autovacuum_enabled", "false"}};
    t.comment = "orders";
    CHECK(body(c) ==
          "\nCREATE UNLOGGED TABLE app.\"Orders\" (\n"
          "    id bigint NOT NULL,\n"
          "    note character varying(32) COLLATE \"C\" DEFAULT 'not x'::character varying,\n"
          "    flag boolean DEFAULT (true AND false),\n"
          "    total numeric(10,2) GENERATED ALWAYS AS (id * 2) STORED,\n"
          "    CONSTRAINT positive CHECK (total > 0),\n"
          "    CHECK (id <> 0 -- never zero\n) NO INHERIT\n"
          ")\nWITH (fillfactor=70, autovacuum_enabled=false);\n"
          "\nALTER TABLE ONLY app.\"Orders\" ALTER COLUMN note SET STORAGE EXTERNAL;\n"
          "\nALTER TABLE ONLY app.\"Orders\" ALTER COLUMN note SET STATISTICS 500;\n"
          "\nALTER TABLE ONLY app.\"Orders\" ALTER COLUMN total SET (n_distinct=100);\n"
          "\nALTER TABLE app.\"Orders\" ADD CONSTRAINT later CHECK (total > 0) NOT VALID;\n"
          "\nCOMMENT ON TABLE app.\"Orders\" IS 'orders';\n"
          "\nCOMMENT ON COLUMN app.\"Orders\".note IS 'free text';\n");
}

TEST_CASE("render: partitions and inheritance children follow their parents", "[render]") {
    Catalog c;
    Table& parent = add_table(c, "public", "z_events");
    parent.columns = {col("id", ty("bigint"), true), col("at", ty("date"), true)};
    parent.partition_by = ex("RANGE (at)");
    Table& child = add_table(c, "public", "a_events_2024");
    child.partition_of = PartitionOf{qn("public", "z_events"), ex("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")};
    child.columns = parent.columns;  // as introspected: all columns, none redeclared
    child.columns[0].default_value = ex("0");
    Table& base = add_table(c, "public", "y_base");
    base.columns = {col("id", ty("integer"))};
    Table& derived = add_table(c, "public", "b_derived");
    derived.inherits = {qn("public", "y_base")};
    derived.columns = {col("extra", ty("text"))};
    CHECK(body(c) ==
          "\nCREATE TABLE public.z_events (\n    id bigint NOT NULL,\n    at date NOT NULL\n)\nPARTITION BY RANGE (at);\n"
          "\nCREATE TABLE public.a_events_2024 PARTITION OF public.z_events\n"
          "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
          "\nALTER TABLE ONLY public.a_events_2024 ALTER COLUMN id SET DEFAULT 0;\n"
          "\nCREATE TABLE public.y_base (\n    id integer\n);\n"
          "\nCREATE TABLE public.b_derived (\n    extra text\n)\nINHERITS (public.y_base);\n");
}

TEST_CASE("render: foreign tables", "[render]") {
    Catalog c;
    Table& t = add_table(c, "public", "remote");
    t.columns = {col("id", ty("integer"))};
    t.foreign_server = Ident("files");
    t.foreign_options = {{"filename", "/tmp/x.csv"}, {"format", "csv"}};
    t.comment = "far";
    CHECK(body(c) ==
          "\nCREATE FOREIGN TABLE public.remote (\n    id integer\n)\n"
          "SERVER files OPTIONS (filename '/tmp/x.csv', format 'csv');\n"
          "\nCOMMENT ON FOREIGN TABLE public.remote IS 'far';\n");
}

TEST_CASE("render: views in creation order, then by what they mention", "[render]") {
    Catalog c;
    add_table(c, "public", "t").columns = {col("a", ty("integer"))};
    View& v1 = c.views[qn("public", "a_view")];  // listed after b_view in creation_order
    v1.name = qn("public", "a_view");
    v1.query = "SELECT a FROM b_view;";
    v1.columns = {Ident("x")};
    v1.check_option = "local";
    v1.options = {{"security_barrier", "true"}};
    View& v2 = c.views[qn("public", "b_view")];
    v2.name = qn("public", "b_view");
    v2.query = "SELECT a FROM t";
    View& m = c.views[qn("public", "c_mat")];  // unlisted: placed after what it mentions
    m.name = qn("public", "c_mat");
    m.materialized = true;
    m.with_data = false;
    m.query = "SELECT x FROM d_view -- all of it";
    m.comment = "snapshot";
    View& v4 = c.views[qn("public", "d_view")];
    v4.name = qn("public", "d_view");
    v4.query = "SELECT x FROM a_view";
    c.creation_order = {"TABLE public.t", "VIEW public.b_view", "VIEW public.a_view", "VIEW public.d_view"};
    CHECK(body(c) ==
          "\nCREATE TABLE public.t (\n    a integer\n);\n"
          "\nCREATE VIEW public.b_view AS\nSELECT a FROM t;\n"
          "\nCREATE VIEW public.a_view (x) WITH (security_barrier=true) AS\nSELECT a FROM b_view WITH LOCAL CHECK OPTION;\n"
          "\nCREATE VIEW public.d_view AS\nSELECT x FROM a_view;\n"
          "\nCREATE MATERIALIZED VIEW public.c_mat AS\nSELECT x FROM d_view -- all of it\nWITH NO DATA;\n"
          "\nCOMMENT ON MATERIALIZED VIEW public.c_mat IS 'snapshot';\n");

    // Views written under another search_path get it back around them, once for a run of them.
    c.views[qn("public", "b_view")].search_path = {Ident("app"), Ident("pg_catalog")};
    c.views[qn("public", "a_view")].search_path = {Ident("app"), Ident("pg_catalog")};
    const std::string sql = body(c);
    CHECK(sql.find("\nSET search_path = app, pg_catalog;\n\nCREATE VIEW public.b_view AS\n") != std::string::npos);
    CHECK(sql.find("WITH LOCAL CHECK OPTION;\n\nRESET search_path;\n\nCREATE VIEW public.d_view") != std::string::npos);
    CHECK(sql.find("\nSET search_path", sql.find("RESET search_path")) == std::string::npos);
}

TEST_CASE("render: a mention against the listed order does not count, nor one on a cycle", "[render]") {
    // `first` was loaded first, so its mention of `second` (a column) is no dependency: a name
    // resolves to what existed when the statement ran.
    Catalog c;
    add_table(c, "public", "t").columns = {col("second", ty("integer"))};
    add_view(c, "first", "SELECT second FROM t");
    add_view(c, "second", "SELECT second AS first FROM first");
    c.creation_order = {"TABLE public.t", "VIEW public.first", "VIEW public.second"};
    std::string sql = body(c);
    CHECK(sql.find("CREATE VIEW public.first") < sql.find("CREATE VIEW public.second"));
    // With only `second` listed, the two mentions make a cycle and both yield: the listed view
    // comes first, the unlisted one after it.
    c.creation_order = {"TABLE public.t", "VIEW public.second"};
    sql = body(c);
    CHECK(sql.find("CREATE VIEW public.second") < sql.find("CREATE VIEW public.first"));
}

TEST_CASE("render: a view follows what its query reads, wherever the source lists it", "[render]") {
    // A directory's files come in any order: `report` (listed first) reads `daily` (listed later).
    Catalog c;
    add_table(c, "public", "t").columns = {col("at", ty("date"))};
    add_view(c, "report", "SELECT d.n FROM public.daily d JOIN t ON true");
    add_view(c, "daily", "SELECT count(*) AS n FROM ONLY t");
    c.creation_order = {"TABLE public.t", "VIEW public.report", "VIEW public.daily"};
    std::string sql = body(c);
    CHECK(sql.find("CREATE VIEW public.daily") < sql.find("CREATE VIEW public.report"));
    // Names after FROM inside EXTRACT, SUBSTRING and IS DISTINCT FROM are no relations; nor are
    // names in literals and comments.
    add_view(c, "report",
             "SELECT EXTRACT(year FROM daily) AS y, substring(x FROM daily) AS s, a IS DISTINCT FROM daily AS d, "
             "'FROM daily' AS l -- FROM daily\nFROM t");
    sql = body(c);
    CHECK(sql.find("CREATE VIEW public.report") < sql.find("CREATE VIEW public.daily"));
    // A FROM list's commas read too, and quoted names exactly.
    add_view(c, "report", "SELECT 1 FROM t, \"daily\" AS d");
    sql = body(c);
    CHECK(sql.find("CREATE VIEW public.daily") < sql.find("CREATE VIEW public.report"));
}

TEST_CASE("render: a live catalog orders views by the server's dependencies over mentions", "[render]") {
    // No creation order (introspected), and mentions both ways: `a` reads `b`, whose column is
    // named `a`. pg_depend says which edge is real.
    Catalog c;
    add_view(c, "a", "SELECT x FROM public.b");
    add_view(c, "b", "SELECT 1 AS x, 2 AS a");
    c.dependencies.insert({{"view", "public.a"}, {"view column", "public.b.x"}, "view query"});
    std::string sql = body(c);
    CHECK(sql.find("CREATE VIEW public.b") < sql.find("CREATE VIEW public.a"));
    // Without it, both mentions are on the cycle and yield: name order.
    c.dependencies.clear();
    sql = body(c);
    CHECK(sql.find("CREATE VIEW public.a") < sql.find("CREATE VIEW public.b"));
}

TEST_CASE("render: a dependency cycle no order can break is an error naming its objects", "[render]") {
    Catalog c;
    CompositeType& a = c.composites[qn("public", "a")];
    a.name = qn("public", "a");
    a.where = SourceLocation{"types.sql", 2, 1};
    a.attributes = {{Ident("x"), TypeName{Ident("public"), "b", {}, "", 0}, std::nullopt}};
    CompositeType& b = c.composites[qn("public", "b")];
    b.name = qn("public", "b");
    b.where = SourceLocation{"types.sql", 3, 1};
    b.attributes = {{Ident("y"), TypeName{Ident(), "a", {}, "", 1}, std::nullopt}};  // unresolved: a[]
    try {
        (void)planner::render_catalog_sql(c);
        FAIL("no error");
    } catch (const engine::Error& e) {
        CHECK(e.where().str() == "types.sql:2:1");
        CHECK(e.message() ==
              "dependency cycle: type public.a needs type public.b (types.sql:3:1), which needs type public.a: "
              "no order can create them");
    }
    // Broken: b's attribute is a built-in type; then a follows b.
    b.attributes[0].type = ty("integer");
    const std::string sql = body(c);
    CHECK(sql.find("CREATE TYPE public.b") < sql.find("CREATE TYPE public.a"));

    // Tables that inherit from each other.
    Catalog t;
    add_table(t, "public", "p").inherits = {qn("public", "q")};
    add_table(t, "public", "q").inherits = {qn("public", "p")};
    CHECK_THROWS_WITH(planner::render_catalog_sql(t),
                      Catch::Contains("dependency cycle: table public.p needs table public.q, which needs table public.p"));
}

TEST_CASE("render: a view replaced by a query that reads it is made twice", "[render]") {
    Catalog c;
    add_table(c, "public", "t").columns = {col("a", ty("integer"))};
    View& v = c.views[qn("public", "v")];
    v.name = qn("public", "v");
    v.query = "TABLE v";
    v.replaced_query = "SELECT a FROM t -- first";
    v.check_option = "local";
    CHECK(body(c) ==
          "\nCREATE TABLE public.t (\n    a integer\n);\n"
          "\nCREATE VIEW public.v AS\nSELECT a FROM t -- first\n;\n"
          "\nCREATE OR REPLACE VIEW public.v AS\nTABLE v WITH LOCAL CHECK OPTION;\n");
}

TEST_CASE("render: keys, then indexes, then foreign keys", "[render]") {
    Catalog c;
    Table& a = add_table(c, "public", "a");
    a.columns = {col("id", ty("integer"), true), col("code", ty("text")), col("during", ty("tstzrange"))};
    Constraint pk;
    pk.name = Ident("a_pkey");
    pk.kind = ConstraintKind::primary_key;
    pk.columns = {Ident("id")};
    pk.include = {Ident("code")};
    pk.index_with = {{"fillfactor", "90"}};
    pk.comment = "the key";
    Constraint uq;
    uq.name = Ident("a_code_key");
    uq.kind = ConstraintKind::unique;
    uq.columns = {Ident("code")};
    uq.nulls_not_distinct = true;
    uq.deferrable = true;
    Constraint ex_c;
    ex_c.name = Ident("no_overlap");
    ex_c.kind = ConstraintKind::exclusion;
    ex_c.exclusion_elements = {{ex("during"), "&&"}};
    ex_c.exclusion_method = "gist";
    ex_c.exclusion_where = ex("code IS NOT NULL");
    Constraint by_index;
    by_index.name = Ident("a_code_uq");
    by_index.kind = ConstraintKind::unique;
    by_index.using_index = Ident("a_code_idx");
    a.constraints = {pk, uq, ex_c, by_index};

    Table& b = add_table(c, "public", "b");
    b.columns = {col("a_id", ty("integer")), col("a_code", ty("text"))};
    Constraint fk;
    fk.name = Ident("b_a_fkey");
    fk.kind = ConstraintKind::foreign_key;
    fk.columns = {Ident("a_id"), Ident("a_code")};
    fk.references.table = qn("public", "a");
    fk.references.columns = {Ident("id"), Ident("code")};
    fk.references.match = MatchType::full;
    fk.references.on_delete = ReferentialAction::set_null;
    fk.references.on_delete_set_columns = {Ident("a_id")};
    fk.references.on_update = ReferentialAction::cascade;
    fk.deferrable = true;
    fk.initially_deferred = true;
    fk.not_valid = true;
    b.constraints = {fk};

    Index idx;
    idx.name = qn("public", "a_code_idx");
    idx.table = qn("public", "a");
    idx.unique = true;
    idx.elements = {IndexElement{Ident("code"), std::nullopt, std::nullopt, std::nullopt, {}, SortOrder::default_,
                                 NullsOrder::default_}};
    c.indexes[idx.name] = idx;
    Index backing;  // the primary key's own index: created by the constraint
    backing.name = qn("public", "a_pkey");
    backing.table = qn("public", "a");
    c.indexes[backing.name] = backing;
    CHECK(body(c) ==
          "\nCREATE TABLE public.a (\n    id integer NOT NULL,\n    code text,\n    during tstzrange\n);\n"
          "\nCREATE TABLE public.b (\n    a_id integer,\n    a_code text\n);\n"
          "\nALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id) INCLUDE (code) WITH (fillfactor=90);\n"
          "\nALTER TABLE ONLY public.a ADD CONSTRAINT a_code_key UNIQUE NULLS NOT DISTINCT (code) DEFERRABLE;\n"
          "\nALTER TABLE ONLY public.a ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&)"
          " WHERE (code IS NOT NULL);\n"
          "\nCREATE UNIQUE INDEX a_code_idx ON public.a USING btree (code);\n"
          "\nALTER TABLE ONLY public.a ADD CONSTRAINT a_code_uq UNIQUE USING INDEX a_code_idx;\n"
          "\nALTER TABLE ONLY public.b ADD CONSTRAINT b_a_fkey FOREIGN KEY (a_id, a_code) REFERENCES public.a(id, code)"
          " MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (a_id) DEFERRABLE INITIALLY DEFERRED NOT VALID;\n"
          "\nCOMMENT ON CONSTRAINT a_pkey ON public.a IS 'the key';\n");
}

TEST_CASE("render: index elements, options and partition attachment", "[render]") {
    Catalog c;
    Table& parent = add_table(c, "public", "m");
    parent.columns = {col("k", ty("text")), col("n", ty("integer"))};
    parent.partition_by = ex("LIST (k)");
    Table& part = add_table(c, "public", "m1");
    part.partition_of = PartitionOf{qn("public", "m"), ex("FOR VALUES IN ('a')")};

    Index p;
    p.name = qn("public", "m_expr");
    p.table = qn("public", "m");
    p.only = true;
    p.method = "btree";
    p.elements = {IndexElement{std::nullopt, ex("lower(k)"), qn("", "C"), qn("", "text_pattern_ops"), {},
                               SortOrder::desc, NullsOrder::last},
                  IndexElement{Ident("n"), std::nullopt, std::nullopt, std::nullopt, {}, SortOrder::asc,
                               NullsOrder::first},
                  // DESC puts nulls first anyway: nothing to say
                  IndexElement{Ident("k"), std::nullopt, std::nullopt, std::nullopt, {}, SortOrder::desc,
                               NullsOrder::first}};
    p.include = {Ident("n")};
    p.with = {{"fillfactor", "80"}};
    p.predicate = ex("n > 0");
    p.comment = "lookups";
    c.indexes[p.name] = p;
    Index child = p;  // created first, then attached to the ON ONLY parent
    child.name = qn("public", "m1_expr");
    child.table = qn("public", "m1");
    child.only = false;
    child.attached_to = qn("public", "m_expr");
    child.comment.reset();
    c.indexes[child.name] = child;
    Index gin;
    gin.name = qn("public", "m_n_gin");
    gin.table = qn("public", "m");
    gin.method = "gin";
    gin.nulls_not_distinct = false;
    gin.elements = {IndexElement{Ident("n"), std::nullopt, std::nullopt, std::nullopt, {}, SortOrder::default_,
                                 NullsOrder::default_}};
    c.indexes[gin.name] = gin;
    Index local = gin;  // the partition's own, attached to nothing
    local.name = qn("public", "m1_a_local");
    local.table = qn("public", "m1");
    c.indexes[local.name] = local;
    c.indexes[p.name].elements[0].statistics = 500;
    const std::string elements = "((lower(k)) COLLATE \"C\" text_pattern_ops DESC NULLS LAST, n NULLS FIRST, k DESC)";
    CHECK(body(c) ==
          "\nCREATE TABLE public.m (\n    k text,\n    n integer\n)\nPARTITION BY LIST (k);\n"
          "\nCREATE TABLE public.m1 PARTITION OF public.m\nFOR VALUES IN ('a');\n"
          "\nCREATE INDEX m1_expr ON public.m1 USING btree " + elements +
              " INCLUDE (n) WITH (fillfactor=80) WHERE n > 0;\n"
              "\nCREATE INDEX m_expr ON ONLY public.m USING btree " + elements +
              " INCLUDE (n) WITH (fillfactor=80) WHERE n > 0;\n"
              "\nALTER INDEX public.m_expr ALTER COLUMN 1 SET STATISTICS 500;\n"
              "\nCREATE INDEX m_n_gin ON ONLY public.m USING gin (n);\n"
              "\nCREATE INDEX m1_a_local ON public.m1 USING gin (n);\n"
              "\nALTER INDEX public.m_expr ATTACH PARTITION public.m1_expr;\n"
              "\nCOMMENT ON INDEX public.m_expr IS 'lookups';\n");
}

TEST_CASE("render: triggers, row level security, policies, table settings", "[render]") {
    Catalog c;
    Table& t = add_table(c, "public", "t");
    t.columns = {col("id", ty("integer"), true), col("owner", ty("text"))};
    t.rls_enabled = true;
    t.rls_forced = true;
    t.replica_identity = ReplicaIdentity::full;
    t.cluster_on = Ident("t_pkey");
    Constraint pk;
    pk.name = Ident("t_pkey");
    pk.kind = ConstraintKind::primary_key;
    pk.columns = {Ident("id")};
    t.constraints = {pk};
    Function f;
    f.name = qn("public", "touch");
    f.returns = ty("trigger");
    f.language = "plpgsql";
    f.body = "BEGIN RETURN NEW; END";
    c.functions["public.touch()"] = f;

    Trigger tr;
    tr.name = Ident("t_touch");
    tr.table = qn("public", "t");
    tr.timing = "BEFORE";
    tr.events = {"INSERT", "UPDATE"};
    tr.update_columns = {Ident("owner")};
    tr.for_each_row = true;
    tr.when = ex("NEW.owner IS NOT NULL");
    tr.function = qn("public", "touch");
    tr.function_args = {"it's", "1"};  // values; all arguments are strings to PostgreSQL
    tr.enabled = "D";
    tr.comment = "keeps it fresh";
    c.triggers[{tr.table, tr.name}] = tr;
    Trigger st;
    st.name = Ident("t_audit");
    st.table = qn("public", "t");
    st.timing = "AFTER";
    st.events = {"DELETE"};
    st.old_table = Ident("gone");
    st.function = qn("public", "touch");
    c.triggers[{st.table, st.name}] = st;

    Policy own;
    own.name = Ident("own rows");
    own.table = qn("public", "t");
    own.permissive = false;
    own.command = "update";
    own.roles = {"app_user", "PUBLIC"};
    own.using_expr = ex("owner = current_user");
    own.check_expr = ex("owner = current_user");
    own.comment = "mine";
    c.policies[{own.table, own.name}] = own;
    CHECK(body(c) ==
          "\nCREATE FUNCTION public.touch() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$BEGIN RETURN NEW; END$$;\n"
          "\nCREATE TABLE public.t (\n    id integer NOT NULL,\n    owner text\n);\n"
          "\nALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n"
          "\nCREATE TRIGGER t_audit AFTER DELETE ON public.t REFERENCING OLD TABLE AS gone FOR EACH STATEMENT"
          " EXECUTE FUNCTION public.touch();\n"
          "\nCREATE TRIGGER t_touch BEFORE INSERT OR UPDATE OF owner ON public.t FOR EACH ROW"
          " WHEN (NEW.owner IS NOT NULL) EXECUTE FUNCTION public.touch('it''s', '1');\n"
          "\nALTER TABLE public.t DISABLE TRIGGER t_touch;\n"
          "\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n"
          "\nALTER TABLE public.t FORCE ROW LEVEL SECURITY;\n"
          "\nCREATE POLICY \"own rows\" ON public.t AS RESTRICTIVE FOR UPDATE TO app_user, PUBLIC"
          " USING (owner = current_user) WITH CHECK (owner = current_user);\n"
          "\nALTER TABLE ONLY public.t REPLICA IDENTITY FULL;\n"
          "\nALTER TABLE ONLY public.t CLUSTER ON t_pkey;\n"
          "\nCOMMENT ON TRIGGER t_touch ON public.t IS 'keeps it fresh';\n"
          "\nCOMMENT ON POLICY \"own rows\" ON public.t IS 'mine';\n");
}

TEST_CASE("render: grants and revokes in statement order", "[render]") {
    Catalog c;
    c.grants = {Grant{"FUNCTION", "public.f(integer)", {}, "EXECUTE", "PUBLIC", false, true, {}},
                Grant{"TABLE", "public.t", {Ident("a"), Ident("B")}, "SELECT", "Reader", true, false, {}},
                Grant{"SCHEMA", "app", {}, "USAGE", "app_user", false, false, {}}};
    CHECK(body(c) ==
          "\nREVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;\n"
          "\nGRANT SELECT (a, \"B\") ON TABLE public.t TO \"Reader\" WITH GRANT OPTION;\n"
          "\nGRANT USAGE ON SCHEMA app TO app_user;\n");
}

TEST_CASE("render: raw objects go where their kind can load", "[render]") {
    Catalog c;
    auto raw = [&](const std::string& kind, const std::string& identity, const std::string& sql) {
        RawObject& r = c.raw_objects[{kind, identity}];
        r.kind = kind;
        r.identity = identity;
        r.sql = sql;
    };
    raw("AGGREGATE", "public.total(integer)", "CREATE AGGREGATE public.total(integer) (sfunc = int4pl, stype = integer)");
    raw("AGGREGATE", "public.a_total2(integer)", "CREATE AGGREGATE public.a_total2(integer) (sfunc = total, stype = integer) -- sic");
    raw("COLLATION", "public.nocase", "CREATE COLLATION public.nocase (provider = icu, locale = 'und-u-ks-level2')");
    raw("RULE", "r ON public.t", "CREATE RULE r AS ON INSERT TO public.t DO INSTEAD NOTHING");
    raw("DEFAULT PRIVILEGES", "app_user", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC");
    raw("COMMENT", "AGGREGATE public.total(integer)", "COMMENT ON AGGREGATE public.total(integer) IS 'sum'");
    add_table(c, "public", "t");
    EnumType& e = c.enums[qn("public", "e")];
    e.name = qn("public", "e");
    CHECK(body(c) ==
          "\nCREATE COLLATION public.nocase (provider = icu, locale = 'und-u-ks-level2');\n"
          "\nCREATE TYPE public.e AS ENUM ();\n"
          "\nCREATE AGGREGATE public.total(integer) (sfunc = int4pl, stype = integer);\n"
          "\nCREATE AGGREGATE public.a_total2(integer) (sfunc = total, stype = integer) -- sic\n;\n"
          "\nCREATE TABLE public.t (\n);\n"
          "\nCREATE RULE r AS ON INSERT TO public.t DO INSTEAD NOTHING;\n"
          "\nCOMMENT ON AGGREGATE public.total(integer) IS 'sum';\n"
          "\nALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;\n");
}

TEST_CASE("render: the same catalog always renders the same bytes", "[render]") {
    // Built in two different insertion orders; maps sort, so the output must not differ.
    auto build = [](bool reversed) {
        Catalog c;
        std::vector<std::string> names{"alpha", "beta", "gamma", "delta"};
        if (reversed) std::reverse(names.begin(), names.end());
        for (const auto& name : names) {
            Table& t = add_table(c, "public", name);
            t.columns = {col("id", ty("integer"), true)};
            Constraint pk;
            pk.name = Ident(name + "_pkey");
            pk.kind = ConstraintKind::primary_key;
            pk.columns = {Ident("id")};
            t.constraints = {pk};
            View& v = c.views[qn("public", name + "_v")];
            v.name = qn("public", name + "_v");
            v.query = "SELECT id FROM " + name;
            c.schemas[Ident("s_" + name)].name = Ident("s_" + name);
        }
        return c;
    };
    const std::string first = planner::render_catalog_sql(build(false));
    CHECK(first == planner::render_catalog_sql(build(true)));
    CHECK(first == planner::render_catalog_sql(build(false)));
    CHECK(first.find("CREATE SCHEMA s_alpha;\n\nCREATE SCHEMA s_beta;") != std::string::npos);
}
