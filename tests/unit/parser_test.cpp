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

