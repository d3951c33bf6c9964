#pragma once
// Desired-state SQL → engine::Catalog. Statements are evaluated in order, as PostgreSQL would
// run them: ALTER modifies, DROP removes, CREATE OR REPLACE replaces, SET search_path changes
// name resolution.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"
#include "parser/source_files.hpp"

namespace parser {

struct ParseResult {
    engine::Catalog catalog;
    std::vector<std::string> warnings;  // one line each: "file:line:col: warning: …"
};

// Throws engine::Error ("file:line:col: error: …") on the first problem.
ParseResult parse_sources(const std::vector<SourceText>& sources);
ParseResult parse_sql(const std::string& text, const std::string& source_name);

}  // namespace parser
