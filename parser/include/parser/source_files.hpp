#pragma once
// Reading the text of a desired-state source: one file, every *.sql below a directory in
// lexical path order, or standard input ("-").
#include <string>
#include <vector>

namespace parser {

struct SourceText {
    std::string name;  // the path as shown in diagnostics ("<stdin>" for -)
    std::string text;
};

// Throws engine::Error naming the path when it cannot be read or holds no .sql file.
std::vector<SourceText> read_sql_source(const std::string& spec);

}  // namespace parser
