#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"

using parser::parse_sql;

TEST_CASE("parser: a table with implicit names, serial and defaults", "[parser]") {
    auto r = parse_sql(
        "CREATE TABLE Users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE,\n"
        "  age int CHECK (age > 0), org_id int REFERENCES orgs);\n"
        "CREATE TABLE orgs (id bigint PRIMARY KEY);\n"
        "CREATE INDEX ON users (lower(email));\n",
        "t.sql");
    const auto& t = r.catalog.tables.at({engine::Ident("public"), engine::Ident("users")});
    REQUIRE(t.columns.size() == 4);
    CHECK(t.columns[0].type.sql() == "integer");
    CHECK(t.columns[0].default_value->text == "nextval('public.users_id_seq'::regclass)");
    CHECK(t.columns[1].type.sql() == "character varying(255)");
    std::vector<std::string> names;
    for (const auto& c : t.constraints) names.push_back(c.name.str());
    CHECK(names == std::vector<std::string>{"users_pkey", "users_email_key", "users_age_check", "users_org_id_fkey"});
    CHECK(r.catalog.sequences.count({engine::Ident("public"), engine::Ident("users_id_seq")}) == 1);
    CHECK(r.catalog.indexes.count({engine::Ident("public"), engine::Ident("users_lower_idx")}) == 1);
}

TEST_CASE("parser: implicit names are truncated to 63 bytes", "[parser]") {
    const std::string long_table(60, 't');
    auto r = parse_sql("CREATE TABLE " + long_table + " (id int PRIMARY KEY);", "t.sql");
    const auto& t = r.catalog.tables.begin()->second;
    CHECK(t.constraints[0].name.str() == std::string(58, 't') + "_pkey");
}

TEST_CASE("parser: search_path decides where unqualified names go", "[parser]") {
    auto r = parse_sql("CREATE SCHEMA app;\nSET search_path = app, public;\nCREATE TABLE t (id int);\n"
                       "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.u (id int);\n",
                       "t.sql");
    CHECK(r.catalog.tables.count({engine::Ident("app"), engine::Ident("t")}) == 1);
    CHECK(r.catalog.tables.count({engine::Ident("public"), engine::Ident("u")}) == 1);
}

TEST_CASE("parser: data statements are ignored with a warning naming the location", "[parser]") {
    auto r = parse_sql("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n", "t.sql");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == "t.sql:2:1: warning: data statement ignored (INSERT)");
}

TEST_CASE("parser: parsing twice gives the same model", "[parser]") {
    const std::string sql = "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE t (m mood DEFAULT 'ok');\n";
    auto a = parse_sql(sql, "t.sql");
    auto b = parse_sql(sql, "t.sql");
    CHECK(a.catalog.tables.begin()->second.columns[0].type == b.catalog.tables.begin()->second.columns[0].type);
    CHECK(a.catalog.tables.begin()->second.columns[0].type.sql() == "public.mood");
}


TEST_CASE("parser: a partition's own column options and keys", "[parser]") {
    auto r = parse_sql(
        "CREATE TABLE p (id int, foo text, bar text DEFAULT 'b', CHECK (id > 0)) PARTITION BY LIST (foo);\n"
        "CREATE TABLE p1 PARTITION OF p (foo NOT NULL, bar WITH OPTIONS DEFAULT 'c', PRIMARY KEY (foo, id))\n"
        "  FOR VALUES IN ('x');\n",
        "t.sql");
    const auto& p1 = r.catalog.tables.at({engine::Ident("public"), engine::Ident("p1")});
    REQUIRE(p1.columns.size() == 3);
    CHECK(p1.columns[1].not_null);
    CHECK(p1.columns[2].default_value->text == "'c'");
    REQUIRE(p1.constraints.size() == 1);  // the parent's check is not copied
    CHECK(p1.constraints[0].name.str() == "p1_pkey");
    CHECK(p1.columns[0].not_null);  // a key column

    CHECK_THROWS_WITH(parse_sql("CREATE TABLE p (id int) PARTITION BY LIST (id);\n"
                                "CREATE TABLE p1 PARTITION OF p (nope NOT NULL) FOR VALUES IN (1);\n",
                                "t.sql"),
                      "t.sql:2:33: error: column nope of partition parent public.p does not exist");
}

TEST_CASE("parser: option lists keep their order; setting a name again moves it last", "[parser]") {
    auto r = parse_sql("CREATE TABLE t (a int) WITH (FILLFACTOR = 70, autovacuum_enabled = false);\n"
                       "ALTER TABLE t SET (fillfactor = 80, toast_tuple_target = 256);\n"
                       "ALTER TABLE t RESET (toast_tuple_target);\n",
                       "t.sql");
    const auto& t = r.catalog.tables.begin()->second;
    std::vector<std::pair<std::string, std::string>> items(t.storage_params.begin(), t.storage_params.end());
    CHECK(items == std::vector<std::pair<std::string, std::string>>{{"autovacuum_enabled", "false"}, {"fillfactor", "80"}});
    CHECK(t.storage_params == engine::Options{{"fillfactor", "80"}, {"autovacuum_enabled", "false"}});
    CHECK_FALSE(t.storage_params == engine::Options{{"fillfactor", "70"}, {"autovacuum_enabled", "false"}});
}

TEST_CASE("parser: statistics targets on expression columns of an index", "[parser]") {
    auto r = parse_sql("CREATE TABLE t (a text);\nCREATE INDEX i ON t ((lower(a)), a);\n"
                       "ALTER INDEX i ALTER COLUMN 1 SET STATISTICS 3000;\n",
                       "t.sql");
    const auto& i = r.catalog.indexes.begin()->second;
    CHECK(i.elements[0].statistics == 3000);
    CHECK_FALSE(i.elements[1].statistics);
    CHECK_THROWS_WITH(parse_sql("CREATE TABLE t (a text);\nCREATE INDEX i ON t (a);\n"
                                "ALTER INDEX i ALTER COLUMN 2 SET STATISTICS 10;\n",
                                "t.sql"),
                      "t.sql:3:15: error: column number 2 of index public.i does not exist");
    CHECK_THROWS_WITH(parse_sql("CREATE TABLE t (a text);\nCREATE INDEX i ON t (a);\n"
                                "ALTER INDEX i ALTER COLUMN 1 SET STATISTICS 10;\n",
                                "t.sql"),
                      "t.sql:3:15: error: cannot alter statistics on non-expression column 1 of index public.i");
}

TEST_CASE("parser: role names are identifiers", "[parser]") {
    auto r = parse_sql("CREATE TABLE t ();\nCREATE POLICY p ON t TO \"evil\"\"Role\", App_User USING (true);\n", "t.sql");
    const auto& p = r.catalog.policies.begin()->second;
    CHECK(p.roles == std::vector<std::string>{"evil\"Role", "app_user"});
}

TEST_CASE("parser: an index on a partitioned table adopts the partitions' equal indexes", "[parser]") {
    auto r = parse_sql("CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);\n"
                       "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\n"
                       "CREATE INDEX p1_z ON p1 (b);\nCREATE INDEX p1_y ON p1 (b);\nCREATE INDEX p1_a ON p1 (a);\n"
                       "CREATE INDEX p1_desc ON p1 (b DESC);\n"
                       "CREATE INDEX p_b ON p (b);\nCREATE INDEX p1_late ON p1 (b);\n"
                       "CREATE INDEX p_a ON ONLY p (a);\n"
                       "CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);\n",
                       "t.sql");
    auto attached = [&](const char* name) {
        const auto& i = r.catalog.indexes.at({engine::Ident("public"), engine::Ident(name)});
        return i.attached_to ? i.attached_to->name.str() : std::string("-");
    };
    CHECK(attached("p1_z") == "p_b");  // the first created, not the first by name
    CHECK(attached("p1_y") == "-");
    CHECK(attached("p1_desc") == "-");
    CHECK(attached("p1_late") == "-");
    CHECK(attached("p1_a") == "-");  // ON ONLY attaches nothing
    CHECK(attached("p2_b_idx") == "p_b");  // a new partition takes every index of its parent
    CHECK(attached("p2_a_idx") == "p_a");

    // A partition without an equal index gets one, named as PostgreSQL names it.
    auto q = parse_sql("CREATE TABLE q (a int NOT NULL) PARTITION BY LIST (a);\n"
                       "CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1) PARTITION BY LIST (a);\n"
                       "CREATE TABLE q11 PARTITION OF q1 FOR VALUES IN (1);\n"
                       "CREATE UNIQUE INDEX q_pkey ON q (a);\n"
                       "ALTER TABLE q11 ADD CONSTRAINT q11_pkey PRIMARY KEY USING INDEX q11_a_idx;\n",
                       "t.sql");
    const auto& q1 = q.catalog.indexes.at({engine::Ident("public"), engine::Ident("q1_a_idx")});
    CHECK(q1.attached_to->name.str() == "q_pkey");
    CHECK(q1.unique);
    CHECK(q.catalog.tables.at({engine::Ident("public"), engine::Ident("q11")}).constraints.size() == 1);
}

TEST_CASE("parser: keys of a partitioned table reach its partitions as PostgreSQL gives them", "[parser]") {
    auto key_of = [](const engine::Catalog& c, const char* table) {
        std::vector<std::string> out;
        for (const auto& k : c.tables.at({engine::Ident("public"), engine::Ident(table)}).constraints)
            out.push_back(k.name.str() + (k.index_attached_to ? "->" + k.index_attached_to->name.str() : "") +
                          (k.not_valid ? " not valid" : ""));
        return out;
    };
    using list = std::vector<std::string>;
    // PARTITION OF: the parent's keys first, under new names, then the partition's own (no adoption).
    auto r = parse_sql("CREATE TABLE p (a int, b int, UNIQUE (a, b)) PARTITION BY LIST (a);\n"
                       "CREATE TABLE p1 PARTITION OF p (PRIMARY KEY (a, b)) FOR VALUES IN (1);\n",
                       "t.sql");
    CHECK(key_of(r.catalog, "p1") == list{"p1_a_b_key->p_a_b_key", "p1_pkey"});

    // ADD without ONLY adopts the partitions' equal keys, makes the missing ones, and a primary key
    // makes the partitions' columns NOT NULL. ONLY reaches no partition.
    r = parse_sql("CREATE TABLE p (a int, b int) PARTITION BY LIST (a);\n"
                  "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);\n"
                  "CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2) PARTITION BY LIST (b);\n"
                  "CREATE TABLE p21 PARTITION OF p2 FOR VALUES IN (2);\n"
                  "ALTER TABLE p1 ADD CONSTRAINT mine UNIQUE (b, a);\n"
                  "ALTER TABLE p1 ADD CONSTRAINT theirs UNIQUE (a, b);\n"
                  "ALTER TABLE p ADD PRIMARY KEY (a, b);\n"
                  "ALTER TABLE ONLY p ADD CONSTRAINT solo UNIQUE (b);\n",
                  "t.sql");
    CHECK(key_of(r.catalog, "p1") == list{"mine", "theirs->p_pkey"});
    CHECK(key_of(r.catalog, "p2") == list{"p2_pkey->p_pkey"});
    CHECK(key_of(r.catalog, "p21") == list{"p21_pkey->p2_pkey"});
    CHECK(r.catalog.tables.at({engine::Ident("public"), engine::Ident("p21")}).columns[1].not_null);

    // ATTACH PARTITION adopts or makes them too; DETACH leaves them detached; dropping the parent's
    // key drops the partitions' attached ones.
    r = parse_sql("CREATE TABLE q (a int, b int, UNIQUE (a) INCLUDE (b)) PARTITION BY LIST (a);\n"
                  "CREATE TABLE q1 (a int, b int, CONSTRAINT own UNIQUE (a) INCLUDE (b));\n"
                  "CREATE TABLE q2 (a int, b int);\n"
                  "ALTER TABLE q ATTACH PARTITION q1 FOR VALUES IN (1);\n"
                  "ALTER TABLE q ATTACH PARTITION q2 FOR VALUES IN (2);\n",
                  "t.sql");
    CHECK(key_of(r.catalog, "q") == list{"q_a_b_key"});  // INCLUDE columns are part of the name
    CHECK(key_of(r.catalog, "q1") == list{"own->q_a_b_key"});
    CHECK(key_of(r.catalog, "q2") == list{"q2_a_b_key->q_a_b_key"});
    r = parse_sql("CREATE TABLE q (a int, b int, UNIQUE (a) INCLUDE (b)) PARTITION BY LIST (a);\n"
                  "CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1);\n"
                  "CREATE TABLE q2 PARTITION OF q FOR VALUES IN (2);\n"
                  "ALTER TABLE q DETACH PARTITION q1;\n"
                  "ALTER TABLE q DROP CONSTRAINT q_a_b_key;\n",
                  "t.sql");
    CHECK(key_of(r.catalog, "q1") == list{"q1_a_b_key"});
    CHECK(key_of(r.catalog, "q2").empty());

    // A partition made while its parent's check is NOT VALID holds a validated copy.
    r = parse_sql("CREATE TABLE c (a int) PARTITION BY LIST (a);\n"
                  "ALTER TABLE c ADD CONSTRAINT positive CHECK (a > 0) NOT VALID;\n"
                  "CREATE TABLE c1 PARTITION OF c FOR VALUES IN (1);\n",
                  "t.sql");
    CHECK(key_of(r.catalog, "c") == list{"positive not valid"});
    CHECK(key_of(r.catalog, "c1") == list{"positive"});

    // DROP TABLE takes the partitions with it.
    r = parse_sql("CREATE TABLE d (a int) PARTITION BY LIST (a);\n"
                  "CREATE TABLE d1 PARTITION OF d FOR VALUES IN (1);\n"
                  "CREATE INDEX ON d (a);\nDROP TABLE d;\n",
                  "t.sql");
    CHECK(r.catalog.tables.empty());
    CHECK(r.catalog.indexes.empty());
}

TEST_CASE("parser: CREATE OR REPLACE VIEW whose query reads the view keeps the query it replaced", "[parser]") {
    auto r = parse_sql("CREATE TABLE t (a int);\nCREATE VIEW v AS TABLE t;\nCREATE OR REPLACE VIEW v AS TABLE \"v\";\n"
                       "CREATE VIEW w AS SELECT a FROM t;\nCREATE OR REPLACE VIEW w AS SELECT w(a) AS a FROM t;\n",
                       "t.sql");
    const auto& v = r.catalog.views.at({engine::Ident("public"), engine::Ident("v")});
    CHECK(v.query == "TABLE \"v\"");
    CHECK(v.replaced_query == "TABLE t");
    CHECK_FALSE(r.catalog.views.at({engine::Ident("public"), engine::Ident("w")}).replaced_query);  // a call, not a read
}

TEST_CASE("parser: CREATE TABLE AS takes its columns from the select list's casts and literals", "[parser]") {
    auto r = parse_sql("CREATE TABLE e (id) AS SELECT 1 AS ignored, ''::text AS string, x::int, CAST(y AS varchar(3)) c,\n"
                       "  date '2020-01-01' AS d, 2.5 AS n, true AS b, 3000000000 big\n"
                       "  FROM generate_series(1, 2) x, (VALUES (1)) v(y) WITH NO DATA;\n",
                       "t.sql");
    const auto& e = r.catalog.tables.begin()->second;
    std::vector<std::string> columns;
    for (const auto& c : e.columns) columns.push_back(c.name.str() + " " + c.type.sql());
    CHECK(columns == std::vector<std::string>{"id integer", "string text", "x integer", "c character varying(3)",
                                              "d date", "n numeric", "b boolean", "big bigint"});
    CHECK_THROWS_WITH(parse_sql("CREATE TABLE f AS SELECT a FROM t;", "t.sql"),
                      "t.sql:1:19: error: CREATE TABLE public.f AS, column 1: Strata cannot tell this column's type "
                      "without a server; cast it (expr::type) or write the table's columns out");
    CHECK_THROWS_WITH(parse_sql("CREATE TABLE f AS VALUES (1);", "t.sql"),
                      "t.sql:1:19: error: CREATE TABLE public.f AS: Strata reads the columns of a SELECT list only; "
                      "write the table's columns out");
}

TEST_CASE("parser: a key equal to the primary key or an earlier key makes no second index", "[parser]") {
    auto r = parse_sql("CREATE TABLE o (id int PRIMARY KEY UNIQUE, a int UNIQUE CONSTRAINT named UNIQUE, b int,\n"
                       "  UNIQUE (b), UNIQUE (b) DEFERRABLE);\nCREATE INDEX ON o (id);\n",
                       "t.sql");
    const auto& o = r.catalog.tables.begin()->second;
    std::vector<std::string> names;
    for (const auto& c : o.constraints) names.push_back(c.name.str());
    CHECK(names == std::vector<std::string>{"o_pkey", "named", "o_b_key", "o_b_key1"});
    CHECK(r.catalog.indexes.begin()->first.name.str() == "o_id_idx");
}

TEST_CASE("parser: extensions and collations resolve through search_path as it is then", "[parser]") {
    auto r = parse_sql("CREATE SCHEMA ext;\nSET search_path = ext;\nCREATE EXTENSION hstore;\nCREATE EXTENSION plpgsql;\n"
                       "CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');\n"
                       "CREATE TABLE t (a text COLLATE numeric);\nSET search_path = public;\nCREATE EXTENSION citext;\n",
                       "t.sql");
    CHECK(r.catalog.extensions.at(engine::Ident("hstore")).schema == engine::Ident("ext"));
    CHECK(r.catalog.extensions.at(engine::Ident("plpgsql")).schema == engine::Ident("pg_catalog"));
    CHECK(r.catalog.extensions.at(engine::Ident("citext")).schema == engine::Ident("public"));
    const auto& t = r.catalog.tables.begin()->second;
    CHECK(t.columns[0].collation->quoted() == "ext.\"numeric\"");
}

TEST_CASE("parser: objects remember a search_path other than the default", "[parser]") {
    auto r = parse_sql("CREATE SCHEMA app;\nSET search_path = public, pg_catalog;\nCREATE VIEW v AS SELECT 1;\n"
                       "SET search_path = app, public;\nCREATE VIEW w AS SELECT 1;\nCREATE TABLE t (a int DEFAULT f());\n",
                       "t.sql");
    CHECK(r.catalog.views.at({engine::Ident("public"), engine::Ident("v")}).search_path.empty());
    CHECK(r.catalog.views.at({engine::Ident("app"), engine::Ident("w")}).search_path ==
          std::vector<engine::Ident>{engine::Ident("app"), engine::Ident("public")});
    CHECK(r.catalog.tables.begin()->second.search_path.size() == 2);
}

TEST_CASE("parser: big inputs parse ahead on a second thread, with errors in statement order", "[parser]") {
    auto script = [](int bad_syntax_at, int bad_meaning_at) {
        std::string sql;
        for (int i = 0; i < 600; ++i) {
            if (i == bad_syntax_at) sql += "CREATE TABLE broken (a int,, b int);\n";
            else if (i == bad_meaning_at) sql += "CREATE INDEX ON missing (a);\n";
            else sql += "CREATE TABLE t" + std::to_string(i) + " (a int PRIMARY KEY, b text DEFAULT 'x');\n";
        }
        return sql;
    };
    const auto ok = parse_sql(script(-1, -1), "t.sql");
    CHECK(ok.catalog.tables.size() == 600);
    CHECK(ok.catalog.tables.at({engine::Ident("public"), engine::Ident("t599")}).constraints.size() == 1);
    CHECK_THROWS_WITH(parse_sql(script(500, 550), "t.sql"),
                      "t.sql:501:28: error: syntax error at or near ',' in CREATE TABLE statement: "
                      "expected CONSTRAINT, CHECK, PRIMARY, UNIQUE, FOREIGN, EXCLUDE, LIKE or a name");
    CHECK_THROWS_WITH(parse_sql(script(550, 500), "t.sql"), "t.sql:501:8: error: relation public.missing does not exist");
}
