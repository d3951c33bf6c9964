#pragma once
// Desired-state SQL → engine::Catalog. Statements are evaluated in order, as PostgreSQL would
// run them: ALTER modifies, DROP removes, CREATE OR REPLACE replaces, SET search_path changes
// name resolution.
#include <cstddef>
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "parser/source_files.hpp"

namespace parser {

struct ParseResult {
    engine::Catalog catalog;
    std::vector<std::string> warnings;  // one line each: "file:line:col: warning: …"
};

struct ParseOptions {
    // A source this big or bigger is split, parsed and applied on two threads, a smaller one on
    // one; both give the same model and the same first error (tests set 0 to run every source on
    // two threads).
    std::size_t two_threads_from_bytes = 64 * 1024;
};

// Throws engine::Error ("file:line:col: error: …") on the first problem.
ParseResult parse_sources(const std::vector<SourceText>& sources, const ParseOptions& options = {});
ParseResult parse_sql(const std::string& text, const std::string& source_name, const ParseOptions& options = {});

}  // namespace parser
