#pragma once
// Comparing two `pg_dump --schema-only` outputs, and the files the harness keeps in the repo.
#include <map>
#include <string>
#include <vector>

namespace roundtrip {

// The dump's lines without comments, SET/set_config lines, \restrict lines and empty lines,
// with the column lines inside each CREATE ... TABLE sorted (column order is ignored).
std::vector<std::string> normalize_dump(const std::string& dump);

// "" when equal; otherwise the first line only in `a` or only in `b`, named by side.
std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b,
                             const std::string& a_name, const std::string& b_name);

// The first line of psql's stderr that reports the error (ERROR/FATAL), with psql's
// "psql:FILE:" prefix replaced by "line N:" and runs of spaces collapsed.
std::string first_error_line(const std::string& stderr_text);

std::vector<std::string> read_lines(const std::string& path);  // empty when the file is missing
void write_lines(const std::string& path, const std::vector<std::string>& lines);

// baseline.txt: "<group> passed <N>" per line; '#' starts a comment.
std::map<std::string, int> read_floors(const std::string& path);
void write_floors(const std::string& path, const std::map<std::string, int>& floors);

}  // namespace roundtrip
