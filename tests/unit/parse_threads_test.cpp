// A source of 64 KB or more is split, parsed and applied on two threads (parser/src/parse.cpp); a
// smaller one on one. Both must give the same model and raise the same first error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "parse_error.hpp"
#include "parser/parse.hpp"
#include "parser/source_files.hpp"
#include "parser/statement_splitter.hpp"
#include "planner/render_catalog.hpp"
#include "process.hpp"

namespace {

// `count` tables, each with an index, a comment and a foreign key to the one before: some 150
// bytes a statement.
std::string many_tables(int count) {
    std::string sql;
    for (int i = 0; i < count; ++i) {
        const std::string t = "t" + std::to_string(i);
        sql += "CREATE TABLE " + t + " (id bigint PRIMARY KEY, note text DEFAULT 'padding " + t + "', n integer);\n";
        sql += "CREATE INDEX " + t + "_n ON " + t + " (n) WHERE n > 0;\n";
        sql += "COMMENT ON TABLE " + t + " IS 'table " + t + "';\n";
        if (i > 0)
            sql += "ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_fk FOREIGN KEY (n) REFERENCES t" +
                   std::to_string(i - 1) + ";\n";
    }
    return sql;
}

std::string error_of(const std::string& sql) { return test_support::parse_error_of(sql, "big.sql"); }

// The same text as sources of under 64 KB each, cut after whole statements: each is read on one
// thread, into one model.
std::vector<parser::SourceText> in_small_sources(const std::string& text) {
    std::vector<std::size_t> ends;
    for (const auto& s : parser::split_statements(text, "big.sql").statements) {
        const std::size_t semicolon = text.find(';', s.byte + s.text.size());
        ends.push_back(semicolon == std::string::npos ? text.size() : semicolon + 1);
    }
    std::vector<parser::SourceText> sources;
    std::size_t from = 0;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        const bool last = i + 1 == ends.size();
        if (last || ends[i + 1] - from >= 60 * 1024) {
            sources.push_back({"part" + std::to_string(sources.size()) + ".sql", text.substr(from, ends[i] - from)});
            from = ends[i];
        }
    }
    return sources;
}

}  // namespace

TEST_CASE("parser: every shared schema file gives the same model, warnings or error on two threads as on one",
          "[parser][threads]") {
    namespace fs = std::filesystem;
    const fs::path shared = STRATA_SHARED_DIR;
    std::vector<fs::path> files;
    for (const auto& dir : {shared / "corpus", shared / "conformance"})
        for (const auto& entry : fs::recursive_directory_iterator(dir))
            if (entry.path().extension() == ".sql") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 2000);
    int errors = 0;
    for (const auto& file : files) {
        INFO(file.string());
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        const parser::ParseOptions one_thread{static_cast<std::size_t>(-1)};
        const std::string one = test_support::parse_outcome(text.str(), "f.sql", one_thread);
        CHECK(test_support::parse_outcome(text.str(), "f.sql", parser::ParseOptions{0}) == one);
        errors += one.rfind("error: ", 0) == 0;
    }
    CHECK(errors > 0);  // the conformance cases PostgreSQL rejects are among them
}

TEST_CASE("parser: a big source read on two threads gives the model its statements give on one",
          "[parser][threads]") {
    const std::string generated = many_tables(600);
    const std::string gitlab =
        test_support::read_file((std::filesystem::path(STRATA_SHARED_DIR) / "corpus/gitlab/schema.sql").string());
    for (const std::string* text : {&generated, &gitlab}) {
        REQUIRE(text->size() > 128 * 1024);
        const auto whole = parser::parse_sql(*text, "big.sql");
        const auto sources = in_small_sources(*text);
        REQUIRE(sources.size() > 2);
        for (const auto& s : sources) REQUIRE(s.text.size() < 64 * 1024);
        const auto parts = parser::parse_sources(sources);
        CHECK(whole.catalog.tables.size() == parts.catalog.tables.size());
        CHECK(whole.catalog.indexes.size() == parts.catalog.indexes.size());
        CHECK(whole.warnings.size() == parts.warnings.size());
        CHECK(planner::render_catalog_sql(whole.catalog) == planner::render_catalog_sql(parts.catalog));
    }
    const auto generated_model = parser::parse_sql(generated, "big.sql");
    CHECK(generated_model.catalog.tables.size() == 600);
    CHECK(generated_model.catalog.indexes.size() == 600);
}

TEST_CASE("parser: a big source's DO blocks and annotations are read in their place", "[parser][threads]") {
    const std::string sql = "DO $$ BEGIN CREATE TABLE from_do (a int); END $$;\n" + many_tables(500) +
                            "-- strata:renamed-from old_last\nCREATE TABLE last (id int);\n"
                            "COMMENT ON TABLE from_do IS 'read';\n";
    REQUIRE(sql.size() > 64 * 1024);
    const auto r = parser::parse_sql(sql, "big.sql");
    const auto& from_do = r.catalog.tables.at({engine::Ident("public"), engine::Ident("from_do")});
    CHECK(from_do.comment == "read");
    const auto& last = r.catalog.tables.at({engine::Ident("public"), engine::Ident("last")});
    REQUIRE(last.renamed_from);
    CHECK(last.renamed_from->str() == "old_last");
}

TEST_CASE("parser: a big source raises its first error, and a split error before any other",
          "[parser][threads]") {
    const std::string tables = many_tables(500);
    REQUIRE(tables.size() > 64 * 1024);
    const int lines = static_cast<int>(std::count(tables.begin(), tables.end(), '\n'));
    // A syntax error after a missing table: the missing table comes first, in statement order.
    CHECK(error_of("CREATE INDEX i ON nowhere (a);\n" + tables + "CREATE TABLE x (a int,, b int);\n") ==
          "big.sql:1:8: error: relation public.nowhere does not exist");
    // A syntax error near the end, after every table was applied.
    CHECK(error_of(tables + "CREATE TABLE x (a int,, b int);\n") ==
          "big.sql:" + std::to_string(lines + 1) +
              ":23: error: syntax error at or near ',' in CREATE TABLE statement: expected CONSTRAINT, CHECK, "
              "PRIMARY, UNIQUE, FOREIGN, EXCLUDE, LIKE or a name");
    // An unbalanced parenthesis at the end is found by the split, before any statement is applied.
    CHECK(error_of("CREATE INDEX i ON nowhere (a);\n" + tables + "CREATE TABLE z (a int\n") ==
          "big.sql:" + std::to_string(lines + 3) + ":1: error: expected ')' to close '(' opened at " +
              std::to_string(lines + 2) + ":16 before the end of the file");
}
