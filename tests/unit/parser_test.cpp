#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"

using parser::parse_sql;

namespace {

std::string error_of(const std::string& sql) {
    try {
        parse_sql(sql, "t.sql");
    } catch (const engine::Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

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

// Malformed inputs and the exact one-line errors they produce.
TEST_CASE("parser: malformed inputs give file:line:col errors", "[parser][errors]") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"CREATE TABLE t (id int;", "t.sql:1:23: error: expected ')' to close '(' opened at 1:16 before ';'"},
        {"CREATE TABLE t (id int", "t.sql:1:23: error: expected ')' to close '(' opened at 1:16 before the end of the file"},
        {"CREATE TABLE t (id int));", "t.sql:1:24: error: unexpected ')' without a matching '('"},
        {"CREATE TABLE t (a text DEFAULT 'x);", "t.sql:1:36: error: unterminated quoted string at the end of the input"},
        {"CREATE TABLE \"t (a int);", "t.sql:1:25: error: unterminated quoted identifier at the end of the input"},
        {"/* never closed", "t.sql:1:16: error: unterminated /* comment at the end of the input"},
        {"CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "t.sql:2:8: error: relation public.t already exists"},
        {"CREATE INDEX ON missing (a);", "t.sql:1:8: error: relation public.missing does not exist"},
        {"CREATE PUBLICATION p FOR ALL TABLES;",
         "t.sql:1:1: error: CREATE PUBLICATION is not supported by Strata's model (statement kind outside the model)"},
        {"CREATE TABLE t (a int REFERENCES nowhere (id));",
         "t.sql:1:23: error: foreign key t_a_fkey references public.nowhere, which does not exist"},
    };
    for (const auto& [sql, expected] : cases) {
        INFO(sql);
        CHECK(error_of(sql) == expected);
    }
    CHECK(error_of("CREATE TABLE t (id int,, b int);").rfind("t.sql:1:", 0) == 0);
    CHECK(error_of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1;").find("unterminated dollar-quoted string") !=
          std::string::npos);
}
