// The planner finds columns and constraints from their keys' quoted names (object_index.cpp):
// names with dots, quotes, capitals and spaces, in quoted schemas and tables, must still get
// their in-place steps, not be missed or dropped and re-created.
#include <catch2/catch.hpp>

#include <string>

#include "parser/parse.hpp"
#include "planner/diff.hpp"
#include "planner/plan.hpp"

namespace {

std::string plan_sql(const std::string& from_sql, const std::string& to_sql) {
    const auto from = parser::parse_sql(from_sql, "from.sql");
    const auto to = parser::parse_sql(to_sql, "to.sql");
    const planner::Plan plan = planner::plan(from.catalog, to.catalog, planner::diff(from.catalog, to.catalog), {});
    std::string sql;
    for (const auto& group : plan.groups)
        for (const auto& step : group.steps) sql += step.action + ": " + step.sql + "\n";
    return sql;
}

bool has(const std::string& sql, const std::string& part) { return sql.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("plan: columns and constraints with dots, quotes and capitals in their names are altered in place",
          "[planner][names]") {
    const std::string from = R"SQL(
CREATE SCHEMA "Sch.ema";
CREATE TABLE "Sch.ema"."Ta""ble.1" (
    "a.b" int,
    "Q""uote" text,
    "My Col" int,
    plain int,
    CONSTRAINT "c.k" CHECK (plain > 0),
    CONSTRAINT "K""ey" UNIQUE (plain)
);
CREATE TABLE "select" ("from" int);
)SQL";
    const std::string to = R"SQL(
CREATE SCHEMA "Sch.ema";
CREATE TABLE "Sch.ema"."Ta""ble.1" (
    "a.b" bigint,
    "Q""uote" text NOT NULL,
    "My Col" int DEFAULT 7,
    plain int,
    CONSTRAINT "c.k" CHECK (plain > 1),
    CONSTRAINT "K""ey" UNIQUE (plain)
);
COMMENT ON CONSTRAINT "K""ey" ON "Sch.ema"."Ta""ble.1" IS 'kept';
CREATE TABLE "select" ("from" bigint);
)SQL";
    const std::string sql = plan_sql(from, to);
    INFO(sql);
    const std::string table = "\"Sch.ema\".\"Ta\"\"ble.1\"";
    CHECK(has(sql, "ALTER TABLE " + table + " ALTER COLUMN \"a.b\" TYPE bigint"));
    CHECK(has(sql, "ALTER TABLE " + table + " ALTER COLUMN \"Q\"\"uote\" SET NOT NULL"));
    CHECK(has(sql, "ALTER TABLE " + table + " ALTER COLUMN \"My Col\" SET DEFAULT 7"));
    CHECK(has(sql, "ALTER TABLE public.\"select\" ALTER COLUMN \"from\" TYPE bigint"));
    // The check is replaced; the unique key stays and gets its comment.
    CHECK(has(sql, "DROP CONSTRAINT \"c.k\""));
    CHECK(has(sql, "ADD CONSTRAINT \"c.k\" CHECK"));
    CHECK(has(sql, "COMMENT ON CONSTRAINT \"K\"\"ey\" ON " + table + " IS 'kept'"));
    CHECK(!has(sql, "DROP CONSTRAINT \"K\"\"ey\""));
    CHECK(!has(sql, "DROP TABLE"));
    CHECK(!has(sql, "DROP COLUMN"));
}
