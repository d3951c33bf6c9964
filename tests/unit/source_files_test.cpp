#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "parser/source_files.hpp"
#include "process.hpp"

TEST_CASE("a directory source reads every .sql below it in lexical path order", "[source]") {
    test_support::TempDir dir;
    dir.write("b/01.sql", "-- b/01\n");
    dir.write("a.sql", "-- a\n");
    dir.write("b/00.sql", "-- b/00\n");
    dir.write("notes.txt", "ignored");
    dir.write("a/z.sql", "-- a/z\n");
    auto files = parser::read_sql_source(dir.path());
    REQUIRE(files.size() == 4);
    // byte order: "a.sql" < "a/z.sql" because '.' sorts before '/'
    CHECK(files[0].text == "-- a\n");
    CHECK(files[1].text == "-- a/z\n");
    CHECK(files[2].text == "-- b/00\n");
    CHECK(files[3].text == "-- b/01\n");
}

TEST_CASE("missing sources and empty directories are errors naming the path", "[source]") {
    test_support::TempDir dir;
    CHECK_THROWS_WITH(parser::read_sql_source(dir.path() + "/nope.sql"),
                      dir.path() + "/nope.sql: error: no such file or directory");
    CHECK_THROWS_WITH(parser::read_sql_source(dir.path()), dir.path() + ": error: directory holds no .sql file");
}
