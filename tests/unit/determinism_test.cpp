// The same input gives byte-identical output: every corpus schema is parsed twice, and the
// canonical SQL and the JSON of both parses must be equal (and not empty).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/json.hpp"
#include "process.hpp"
#include "parser/parse.hpp"
#include "planner/render_catalog.hpp"

TEST_CASE("parsing a corpus schema twice gives byte-identical SQL and JSON", "[parser][determinism]") {
    const std::filesystem::path corpus = std::filesystem::path(STRATA_SHARED_DIR) / "corpus";
    int schemas = 0;
    for (const char* name : {"gitlab", "synapse", "danbooru", "sanbase2", "pagila", "graphile-starter"}) {
        const auto path = corpus / name / "schema.sql";
        INFO(path.string());
        const std::string text = test_support::read_file(path.string());
        REQUIRE(!text.empty());
        const auto first = parser::parse_sql(text, path.string());
        const auto second = parser::parse_sql(text, path.string());
        const std::string sql = planner::render_catalog_sql(first.catalog);
        CHECK(sql.size() > text.size() / 10);
        CHECK(sql == planner::render_catalog_sql(second.catalog));
        CHECK(engine::catalog_to_json(first.catalog) == engine::catalog_to_json(second.catalog));
        CHECK(first.warnings == second.warnings);
        ++schemas;
    }
    CHECK(schemas == 6);
}
