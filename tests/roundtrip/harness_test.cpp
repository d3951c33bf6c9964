// The harness's own pieces, without a server.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cases.hpp"
#include "compare.hpp"
#include "process.hpp"

using namespace roundtrip;

TEST_CASE("dump normalisation drops noise and ignores column order", "[roundtrip]") {
    const std::string a =
        "--\n-- PostgreSQL database dump\n--\n\\restrict abc\nSET statement_timeout = 0;\n"
        "SELECT pg_catalog.set_config('search_path', '', false);\n\n"
        "CREATE TABLE public.t (\n    id integer NOT NULL,\n    name text\n);\n\n"
        "CREATE VIEW public.v AS\n SELECT 1;\n\\unrestrict abc\n";
    const std::string b =
        "CREATE TABLE public.t (\n    name text,\n    id integer NOT NULL\n);\nCREATE VIEW public.v AS\n SELECT 1;\n";
    CHECK(normalize_dump(a) == normalize_dump(b));
    CHECK(normalize_dump(a) == std::vector<std::string>{"CREATE TABLE public.t (", "    id integer NOT NULL",
                                                        "    name text", ");", "CREATE VIEW public.v AS",
                                                        " SELECT 1;"});
    CHECK(first_difference(normalize_dump(a), normalize_dump(b), "x", "y").empty());
    const auto c = normalize_dump("CREATE TABLE public.t (\n    id bigint NOT NULL,\n    name text\n);\n");
    CHECK(first_difference(normalize_dump(a), c, "original", "canonical") ==
          "only in original:     id integer NOT NULL");
}

TEST_CASE("psql's first error line loses the file path but keeps the line", "[roundtrip]") {
    CHECK(first_error_line("psql:/x/y/from.sql:12: NOTICE:  skipping\n"
                           "psql:/x/y/from.sql:14: ERROR:  type \"vector\" does not exist\nLINE 3: ...\n") ==
          "line 14: ERROR: type \"vector\" does not exist");
    CHECK(first_error_line("psql: error: connection refused\n") == "psql: error: connection refused");
}

TEST_CASE("floors are read and written", "[roundtrip]") {
    test_support::TempDir dir;
    const std::string path = dir.write("baseline.txt", "# comment\ncorpus passed 3\nsqldef passed 10  # note\n");
    CHECK(read_floors(path) == std::map<std::string, int>{{"corpus", 3}, {"sqldef", 10}});
    write_floors(path, {{"migra", 2}});
    CHECK(read_floors(path) == std::map<std::string, int>{{"migra", 2}});
    CHECK(read_floors(dir.path() + "/missing.txt").empty());
}

TEST_CASE("the inputs: corpus schemas with their history, conformance from/to files", "[roundtrip]") {
    const auto inputs = enumerate_inputs(STRATA_SHARED_DIR);
    std::map<std::string, int> per_group;
    for (const auto& in : inputs) ++per_group[in.group];
    CHECK(per_group["corpus"] == 15);
    CHECK(per_group["migra"] == 52);
    CHECK(per_group["sqldef"] == 1676);
    CHECK(per_group["pg-schema-diff"] == 830);
    for (const auto& in : inputs) {
        if (in.rel == "corpus/postgrest/schema.sql") CHECK(in.prelude.ends_with("corpus/postgrest/prelude.sql"));
        if (in.rel == "corpus/gitlab/schema.sql") CHECK(in.prelude.empty());
        if (in.rel == "conformance/sqldef/tests_constraints__AddForeignKeyWithPeriod/to.sql")
            CHECK(in.skip == "needs PostgreSQL 18.0");
    }
    const auto roles = case_roles(STRATA_SHARED_DIR);
    CHECK(std::count(roles.begin(), roles.end(), "\"evil\"\"role\"") == 1);
    CHECK(std::count(roles.begin(), roles.end(), "schemainspect_test_role") == 1);
    CHECK(std::count(roles.begin(), roles.end(), "app_user") == 1);
}
