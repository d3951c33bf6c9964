// The table of malformed inputs and the exact one-line error each must produce: truncated
// statements, unbalanced quotes, dollar quotes and parentheses, unknown keywords, stray commas,
// and semantic errors that name the offending statement. Every entry is parsed as file "t.sql".
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "engine/diagnostic.hpp"
#include "parse_error.hpp"
#include "parser/parse.hpp"

namespace {

std::string error_of(const std::string& sql) { return test_support::parse_error_of(sql, "t.sql"); }

struct Malformed {
    const char* sql;
    const char* error;
};

const std::vector<Malformed> malformed_inputs{
    // ---- unbalanced parentheses, quotes, comments and dollar quotes ----
    {"CREATE TABLE t (id int;", "t.sql:1:23: error: expected ')' to close '(' opened at 1:16 before ';'"},
    {"CREATE TABLE t (id int", "t.sql:1:23: error: expected ')' to close '(' opened at 1:16 before the end of the file"},
    {"CREATE TABLE t (id int));", "t.sql:1:24: error: unexpected ')' without a matching '('"},
    {"CREATE TABLE t (a varchar(10);", "t.sql:1:30: error: expected ')' to close '(' opened at 1:16 before ';'"},
    {"CREATE TABLE t (a int) ;;; CREATE TABLE t2 (b int",
     "t.sql:1:50: error: expected ')' to close '(' opened at 1:44 before the end of the file"},
    {"CREATE TYPE mood AS ENUM ('a', 'b';", "t.sql:1:35: error: expected ')' to close '(' opened at 1:26 before ';'"},
    {"CREATE FUNCTION f( RETURNS int LANGUAGE sql AS 'select 1';",
     "t.sql:1:58: error: expected ')' to close '(' opened at 1:18 before ';'"},
    {"CREATE TABLE t (a text DEFAULT 'x);", "t.sql:1:36: error: unterminated quoted string at the end of the input"},
    {"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1;",
     "t.sql:1:59: error: unterminated quoted string at the end of the input"},
    {"CREATE TABLE \"t (a int);", "t.sql:1:25: error: unterminated quoted identifier at the end of the input"},
    {"/* never closed", "t.sql:1:16: error: unterminated /* comment at the end of the input"},
    {"CREATE FUNCTION f() RETURNS int AS $x$ select 1 $y$ LANGUAGE sql;",
     "t.sql:1:36: error: unterminated dollar-quoted string $x$ at the end of the input"},
    // ---- stray and missing commas, truncated statements ----
    {"CREATE TABLE t (id int,, b int);", "t.sql:1:24: error: syntax error at or near ',' in CREATE TABLE statement"
     ": expected CONSTRAINT, CHECK, PRIMARY, UNIQUE, FOREIGN, EXCLUDE, LIKE or a name"},
    {"CREATE TABLE t (id int,);", "t.sql:1:24: error: syntax error at or near ')' in CREATE TABLE statement"
     ": expected CONSTRAINT, CHECK, PRIMARY, UNIQUE, FOREIGN, EXCLUDE, LIKE or a name"},
    {"CREATE TABLE t (, id int);", "t.sql:1:17: error: syntax error at or near ',' in CREATE TABLE statement"
     ": expected ')' (to close '(' opened at 1:16), CONSTRAINT, CHECK, PRIMARY, UNIQUE, FOREIGN, EXCLUDE, LIKE or a name"},
    {"CREATE TYPE mood AS ENUM ('a' 'b');",
     "t.sql:1:31: error: syntax error at or near ''b'' in CREATE TYPE statement"
     ": expected ',' or ')' (to close '(' opened at 1:26)"},
    {"CREATE TABLE (id int);", "t.sql:1:14: error: syntax error at or near '(' in CREATE TABLE statement"
     ": expected IF or a name"},
    {"CREATE TABLE t (id);", "t.sql:1:19: error: syntax error at or near ')' in CREATE TABLE statement"
     ": expected a type name"},
    {"CREATE TABLE t (id int REFERENCES);", "t.sql:1:34: error: syntax error at or near ')' in CREATE TABLE statement"
     ": expected a name"},
    {"CREATE TABLE t (id int) WITH (fillfactor=);",
     "t.sql:1:42: error: syntax error at or near ')' in CREATE TABLE statement"
     ": expected a string, a number or a name"},
    {"CREATE TABLE t (id int) PARTITION BY;",
     "t.sql:1:37: error: syntax error at or near end of statement in CREATE TABLE statement"
     ": expected RANGE, LIST or HASH"},
    {"CREATE TABLE t (a int[);", "t.sql:1:23: error: expected ']' to close '[' opened at 1:22 before ')'"},
    // found by the fuzzer: a stray bracket inside a group once looped forever
    {"GRANT SELECT (a, i[) ON TABLE t TO r;", "t.sql:1:20: error: expected ']' to close '[' opened at 1:19 before ')'"},
    {"CREATE TABLE t (a int DEFAULT f(x]));", "t.sql:1:34: error: expected ')' to close '(' opened at 1:32 before ']'"},
    {"CREATE TABLE t (a int)];", "t.sql:1:23: error: unexpected ']' without a matching '['"},
    {"CREATE TABLE t (a int[1);", "t.sql:1:24: error: expected ']' to close '[' opened at 1:22 before ')'"},
    {"CREATE TABLE t (id int CHECK id > 0);",
     "t.sql:1:30: error: syntax error at or near 'id' in CREATE TABLE statement"
     ": expected '('"},
    {"CREATE TABLE t (a int);\nCREATE UNIQUE INDEX i ON t USING (a);",
     "t.sql:2:34: error: syntax error at or near '(' in CREATE UNIQUE INDEX statement"
     ": expected a name"},
    {"CREATE SEQUENCE s INCREMENT BY x;", "t.sql:1:32: error: syntax error at or near 'x' in CREATE SEQUENCE statement"
     ": expected a number"},
    // found by the fuzzer: a fraction where a sequence option takes a whole number threw out of the parser
    {"CREATE TABLE t (a bigint GENERATED ALWAYS AS IDENTITY (START .3));",
     "t.sql:1:62: error: expected a whole number, not .3"},
    {"CREATE SEQUENCE s MAXVALUE 99999999999999999999;",
     "t.sql:1:28: error: value 99999999999999999999 is out of range for type bigint"},
    {"CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a SET STATISTICS 1.5;",
     "t.sql:2:45: error: expected a whole number, not 1.5"},
    {"CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a SET STATISTICS -2;",
     "t.sql:2:45: error: statistics target -2 is too low"},
    {"CREATE FUNCTION f() RETURNS int LANGUAGE sql COST 1e999 AS 'SELECT 1';",
     "t.sql:1:51: error: value 1e999 is out of range"},
    {"CREATE FUNCTION f() RETURNS int LANGUAGE sql ROWS - 5 AS 'SELECT 1';",
     "t.sql:1:51: error: ROWS must be positive"},
    // what was expected, and where an unclosed parenthesis opened (the statement splitter finds
    // the ones still open at the statement's end)
    {"CREATE TABLE t (\n  a int,\n  b text\n  c int);",
     "t.sql:4:3: error: syntax error at or near 'c' in CREATE TABLE statement"
     ": expected ',', ')' (to close '(' opened at 1:16), '.', '%', '(', '[', ARRAY, CONSTRAINT or 14 more"},
    {"CREATE TABLE t (\n  a int,\n  b text\n;", "t.sql:4:1: error: expected ')' to close '(' opened at 1:16 before ';'"},
    {"CREATE INDEX i ON t (lower(a);", "t.sql:1:30: error: expected ')' to close '(' opened at 1:21 before ';'"},
    {"CREATE TABLE t (a numeric(10, 2 NOT NULL);",
     "t.sql:1:42: error: expected ')' to close '(' opened at 1:16 before ';'"},
    {"ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (b ON DELETE CASCADE;",
     "t.sql:1:81: error: expected ')' to close '(' opened at 1:61 before ';'"},
    // once accepted: the partition key was any run of tokens
    {"CREATE TABLE t (a int) PARTITION BY RANGE (a) FOO;",
     "t.sql:1:47: error: syntax error at or near 'FOO' in CREATE TABLE statement: expected INHERITS, PARTITION, USING, "
     "WITH, WITHOUT, ON, TABLESPACE or end of statement"},
    {"CREATE SEQUENCE s START WITH 1 INCREMENT BY 1 NO;",
     "t.sql:1:49: error: syntax error at or near end of statement in CREATE SEQUENCE statement: "
     "expected MINVALUE, MAXVALUE or CYCLE"},
    {"CREATE TABLE t (a timestamp with zone);",
     "t.sql:1:34: error: syntax error at or near 'zone' in CREATE TABLE statement: expected TIME"},
    // found by the fuzzer: a trigger, policy or constraint comment without ON read a missing node
    {"CREATE TABLE t (a int);\nCOMMENT ON TRIGGER tr IS 'x';", "t.sql:2:1: error: COMMENT ON TRIGGER needs ON table"},
    {"COMMENT ON POLICY p IS 'x';", "t.sql:1:1: error: COMMENT ON POLICY needs ON table"},
    {"COMMENT ON CONSTRAINT c IS 'x';", "t.sql:1:1: error: COMMENT ON CONSTRAINT needs ON table or ON DOMAIN"},
    {"CREATE TYPE mood AS ENUM (a);", "t.sql:1:27: error: syntax error at or near 'a' in CREATE TYPE statement"
     ": expected ')' (to close '(' opened at 1:26) or a string"},
    {"CREATE DOMAIN d AS;", "t.sql:1:19: error: syntax error at or near end of statement in CREATE DOMAIN statement"
     ": expected a type name"},
    {"CREATE VIEW v AS;", "t.sql:1:17: error: syntax error at or near end of statement in CREATE VIEW statement"
     ": expected an expression"},
    {"COMMENT ON TABLE t IS;", "t.sql:1:22: error: syntax error at or near end of statement in COMMENT ON statement"
     ": expected a string or NULL"},
    {"GRANT SELECT ON t TO;", "t.sql:1:21: error: syntax error at or near end of statement in GRANT statement"
     ": expected GROUP, a name, CURRENT, SESSION or USER"},
    {"CREATE EXTENSION;", "t.sql:1:17: error: syntax error at or near end of statement in CREATE EXTENSION statement"
     ": expected IF or a name"},
    {"CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN;",
     "t.sql:2:25: error: syntax error at or near end of statement in ALTER TABLE statement"
     ": expected IF or a name"},
    // ---- unknown keywords and statement kinds ----
    {"CREATE TABLE t (id int);\nALTER TABLE t FROBNICATE;",
     "t.sql:2:15: error: syntax error at or near 'FROBNICATE' in ALTER TABLE statement"
     ": expected '.', '*', ADD, ALTER, DROP, VALIDATE, ENABLE, DISABLE or 11 more"},
    {"CREATE FROBNICATOR x;", "t.sql:1:1: error: unknown statement kind CREATE FROBNICATOR"},
    {"FROBNICATE;", "t.sql:1:1: error: unknown statement kind FROBNICATE"},
    {"CREATE PUBLICATION p FOR ALL TABLES;",
     "t.sql:1:1: error: CREATE PUBLICATION is not supported by Strata's model (statement kind outside the model)"},
    // ---- semantic errors, at the offending statement ----
    {"CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "t.sql:2:8: error: relation public.t already exists"},
    {"CREATE SCHEMA s;\nCREATE SCHEMA s;", "t.sql:2:8: error: schema s already exists"},
    {"CREATE INDEX ON missing (a);", "t.sql:1:8: error: relation public.missing does not exist"},
    {"CREATE TABLE t (a int);\nCREATE INDEX i ON t (b);", "t.sql:2:22: error: column b of public.t does not exist"},
    {"ALTER TABLE missing ADD COLUMN a int;", "t.sql:1:1: error: relation public.missing does not exist"},
    {"CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN nope SET NOT NULL;",
     "t.sql:2:15: error: column nope of relation public.t does not exist"},
    {"CREATE TABLE t (a int REFERENCES nowhere (id));",
     "t.sql:1:23: error: foreign key t_a_fkey references public.nowhere, which does not exist"},
    {"CREATE TABLE t (a int);\nCREATE TABLE u (b int REFERENCES t (nope));",
     "t.sql:2:23: error: foreign key u_b_fkey references column nope of public.t, which does not exist"},
    {"CREATE TABLE t (a nosuchtype);", "t.sql:1:17: error: column a of public.t has type nosuchtype, which does not exist"},
    {"CREATE TABLE t (a int, a text);", "t.sql:1:24: error: column a specified more than once in public.t"},
    {"CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY);",
     "t.sql:1:42: error: multiple primary keys for table public.t are not allowed"},
    {"CREATE TABLE t (a int, PRIMARY KEY (b));", "t.sql:1:24: error: column b named in key does not exist"},
    {"CREATE TABLE t (a int) INHERITS (missing);", "t.sql:1:34: error: relation public.missing does not exist"},
    {"CREATE TABLE t (LIKE missing);", "t.sql:1:17: error: relation public.missing does not exist"},
    {"CREATE TRIGGER tr BEFORE INSERT ON t EXECUTE FUNCTION f();", "t.sql:1:8: error: relation public.t does not exist"},
    {"COMMENT ON TABLE t IS 'x';", "t.sql:1:1: error: relation public.t does not exist"},
    {"CREATE FUNCTION f() RETURNS int LANGUAGE sql;", "t.sql:1:8: error: function public.f has no body (AS …)"},
    {"DROP TABLE nope;", "t.sql:1:12: error: table public.nope does not exist"},
};

}  // namespace

TEST_CASE("malformed inputs: each gives its exact file:line:col error", "[parser][errors]") {
    REQUIRE(malformed_inputs.size() >= 30);
    for (const auto& m : malformed_inputs) {
        INFO(m.sql);
        CHECK(error_of(m.sql) == m.error);
    }
}

TEST_CASE("malformed inputs: split, parsed and applied on two threads, each gives the same error",
          "[parser][errors][threads]") {
    const parser::ParseOptions two_threads{0};
    for (const auto& m : malformed_inputs) {
        INFO(m.sql);
        CHECK(test_support::parse_error_of(m.sql, "t.sql", two_threads) == m.error);
    }
}

TEST_CASE("malformed inputs: IF EXISTS turns a missing object into no error", "[parser][errors]") {
    CHECK(error_of("DROP TABLE IF EXISTS nope;") == "no error");
    CHECK(error_of("DROP SCHEMA IF EXISTS a, b CASCADE;") == "no error");
    CHECK(error_of("ALTER TABLE IF EXISTS nope ADD COLUMN a int;") == "no error");
    CHECK(error_of("CREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN IF EXISTS b;") == "no error");
}
