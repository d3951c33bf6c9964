#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"

using parser::parse_sql;

namespace {

bool has_table(const parser::ParseResult& r, const char* name) {
    return r.catalog.tables.count({engine::Ident("public"), engine::Ident(name)}) == 1;
}

}  // namespace

TEST_CASE("DO blocks: guarded DDL is read in place", "[parser][do]") {
    // drizzle-kit's pattern, and a labelled nested block.
    auto r = parse_sql("DO $$ BEGIN\n"
                       "  CREATE TYPE mood AS ENUM ('a', 'b');\n"
                       "EXCEPTION\n"
                       "  WHEN duplicate_object THEN null;\n"
                       "END $$;\n"
                       "CREATE TABLE t (m mood);\n"
                       "do language plpgsql $body$ declare n int := 1; begin\n"
                       "  <<inner>> begin comment on table t is 'hi; there'; end inner;\n"
                       "end $body$;\n"
                       "DO 'BEGIN CREATE TABLE q (id int); END';\n",
                       "t.sql");
    CHECK(r.warnings.empty());
    CHECK(r.catalog.enums.count({engine::Ident("public"), engine::Ident("mood")}) == 1);
    REQUIRE(has_table(r, "t"));
    CHECK(r.catalog.tables.at({engine::Ident("public"), engine::Ident("t")}).comment == "hi; there");
    CHECK(has_table(r, "q"));
}

TEST_CASE("DO blocks: an IF's first branch is read, with a warning", "[parser][do]") {
    auto r = parse_sql("CREATE TABLE t (id int);\n"
                       "DO $$\n"
                       "BEGIN\n"
                       "  IF current_setting('server_version_num')::int >= 90500 THEN\n"
                       "    ALTER TABLE t ADD COLUMN a int;\n"
                       "  ELSIF (SELECT true) THEN\n"
                       "    ALTER TABLE t ADD COLUMN b int;\n"
                       "  ELSE\n"
                       "    DROP TABLE t;\n"
                       "  END IF;\n"
                       "  IF true THEN RAISE NOTICE 'no DDL, no warning'; END IF;\n"
                       "END $$;\n",
                       "t.sql");
    const auto& t = r.catalog.tables.at({engine::Ident("public"), engine::Ident("t")});
    REQUIRE(t.columns.size() == 2);
    CHECK(t.columns[1].name.str() == "a");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == "t.sql:4:3: warning: IF in a DO block: its condition is not evaluated; the statements of "
                           "its first branch are read, those of the other branches are not");
}

TEST_CASE("DO blocks: what is not read is named with its position", "[parser][do]") {
    auto r = parse_sql("DO $$ BEGIN\n"
                       "  FOR i IN 1..3 LOOP CREATE TABLE looped (id int); END LOOP;\n"
                       "  EXECUTE 'CREATE TABLE dynamic (id int)';\n"
                       "  CREATE ROLE app;\n"
                       "END $$;\n"
                       "DO LANGUAGE plperl $$ 1; $$;\n"
                       "DO E'BEGIN CREATE TABLE e (id int); END\\n';\n"
                       "DO $$ BEGIN CREATE TABLE x (id int); $$;\n",
                       "t.sql");
    CHECK_FALSE(has_table(r, "looped"));
    CHECK_FALSE(has_table(r, "x"));
    CHECK(r.warnings == std::vector<std::string>{
                            "t.sql:2:3: warning: A loop in a DO block is not read: the statements it runs are not in "
                            "the model",
                            "t.sql:3:3: warning: EXECUTE in a DO block ignored: Strata does not run dynamic SQL",
                            "t.sql:4:3: warning: CREATE ROLE in a DO block ignored: the statement kind is outside the "
                            "model",
                            "t.sql:6:1: warning: DO block not read: Strata reads PL/pgSQL bodies, not plperl",
                            "t.sql:7:1: warning: DO block not read: its body is a string with escapes; write it "
                            "dollar-quoted ($$ … $$)",
                            "t.sql:8:1: warning: DO block not read: expected END at 8:38"});
}

TEST_CASE("DO blocks: an error in a statement read from the body points into the body", "[parser][do]") {
    CHECK_THROWS_WITH(parse_sql("-- one\nDO $$ BEGIN\n  CREATE TABLE t (id int);\n  CREATE INDEX ON missing (id);\nEND $$;\n",
                                "t.sql"),
                      Catch::StartsWith("t.sql:4:10: ") && Catch::Contains("missing"));
    CHECK_THROWS_WITH(parse_sql("DO $$ BEGIN CREATE TABLE t (id int,); END $$;\n", "t.sql"),
                      Catch::StartsWith("t.sql:1:36: "));
}
