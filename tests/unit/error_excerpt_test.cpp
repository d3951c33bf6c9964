#include <catch2/catch.hpp>

#include <fstream>

#include "error_excerpt.hpp"
#include "process.hpp"

TEST_CASE("an error excerpt shows the source line and a caret under the column", "[cli][errors]") {
    test_support::TempDir dir;
    const std::string file = dir.path() + "/t.sql";
    std::ofstream(file) << "CREATE TABLE t (a int);\n\tCREATE TABLE u (b nosuch);\n";
    CHECK(app::error_excerpt({file, 2, 19}) == "\tCREATE TABLE u (b nosuch);\n\t                 ^\n");
    CHECK(app::error_excerpt({file, 1, 1}) == "CREATE TABLE t (a int);\n^\n");
    CHECK(app::error_excerpt({file, 9, 1}).empty());       // past the end
    CHECK(app::error_excerpt({"", 1, 1}).empty());         // standard input
    CHECK(app::error_excerpt({dir.path() + "/none.sql", 1, 1}).empty());
}
