#include "compare.hpp"

#include <algorithm>
#include <fstream>
#include <cctype>
#include <sstream>
#include <stdexcept>

namespace roundtrip {

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool ignored(const std::string& line) {
    return line.empty() || starts_with(line, "--") || starts_with(line, "SET ") ||
           starts_with(line, "SELECT pg_catalog.set_config") || starts_with(line, "\\restrict") ||
           starts_with(line, "\\unrestrict");
}

// "CREATE TABLE x (", "CREATE UNLOGGED TABLE x (", "CREATE FOREIGN TABLE x (", partitions.
bool opens_table(const std::string& line) {
    return starts_with(line, "CREATE ") && line.find(" TABLE ") != std::string::npos && line.size() >= 2 &&
           line.compare(line.size() - 2, 2, " (") == 0;
}

std::string without_trailing_comma(std::string line) {
    if (!line.empty() && line.back() == ',') line.pop_back();
    return line;
}

}  // namespace

std::vector<std::string> normalize_dump(const std::string& dump) {
    std::vector<std::string> lines;
    std::istringstream in(dump);
    std::string line;
    std::size_t columns_from = std::string::npos;  // index of the first column line of an open table
    while (std::getline(in, line)) {
        if (ignored(line)) continue;
        if (columns_from != std::string::npos && starts_with(line, ")")) {
            std::sort(lines.begin() + static_cast<std::ptrdiff_t>(columns_from), lines.end());
            columns_from = std::string::npos;
        }
        if (columns_from != std::string::npos) {
            lines.push_back(without_trailing_comma(line));
            continue;
        }
        lines.push_back(line);
        if (opens_table(line)) columns_from = lines.size();
    }
    return lines;
}

std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b,
                             const std::string& a_name, const std::string& b_name) {
    if (a == b) return "";
    std::vector<std::string> sa = a, sb = b;
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    std::vector<std::string> only_a, only_b;
    std::set_difference(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(only_a));
    std::set_difference(sb.begin(), sb.end(), sa.begin(), sa.end(), std::back_inserter(only_b));
    // Report in dump order, so the message points at the first object that differs.
    for (const auto& line : a)
        if (std::binary_search(only_a.begin(), only_a.end(), line)) return "only in " + a_name + ": " + line;
    for (const auto& line : b)
        if (std::binary_search(only_b.begin(), only_b.end(), line)) return "only in " + b_name + ": " + line;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i]) return "same lines, different order at: " + a[i];
    return "same lines, different order";
}

std::string first_error_line(const std::string& stderr_text) {
    std::istringstream in(stderr_text);
    std::string line, first;
    while (std::getline(in, line)) {
        if (first.empty() && !line.empty()) first = line;
        if (line.find("ERROR:") != std::string::npos || line.find("FATAL:") != std::string::npos) {
            first = line;
            break;
        }
    }
    // "psql:/path/file.sql:14: ERROR:  ..." -> "line 14: ERROR: ..." (the path may hold ':').
    if (starts_with(first, "psql:")) {
        for (std::size_t end = first.find(": "); end != std::string::npos; end = first.find(": ", end + 1)) {
            const std::size_t colon = first.rfind(':', end - 1);
            const std::string number = first.substr(colon + 1, end - colon - 1);
            if (colon > 4 && !number.empty() && std::all_of(number.begin(), number.end(), ::isdigit)) {
                first = "line " + number + ": " + first.substr(end + 2);
                break;
            }
        }
    }
    std::string collapsed;
    for (char c : first)
        if (c != ' ' || collapsed.empty() || collapsed.back() != ' ') collapsed += c;
    return collapsed;
}

std::vector<std::string> read_lines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

void write_lines(const std::string& path, const std::vector<std::string>& lines) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const auto& line : lines) out << line << '\n';
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::map<std::string, int> read_floors(const std::string& path) {
    std::map<std::string, int> floors;
    for (const auto& line : read_lines(path)) {
        std::istringstream in(line.substr(0, line.find('#')));
        std::string group, word;
        int count = 0;
        if (!(in >> group)) continue;
        if (!(in >> word >> count) || word != "passed") throw std::runtime_error(path + ": bad line: " + line);
        floors[group] = count;
    }
    return floors;
}

void write_floors(const std::string& path, const std::map<std::string, int>& floors) {
    std::vector<std::string> lines{
        "# Round-trip floors: files per group whose `strata inspect --format sql` output loads and",
        "# pg_dumps equal to the original (tests/roundtrip). Changes may raise them, never lower them;",
        "# STRATA_RECORD=1 raises them to the current counts."};
    for (const auto& [group, count] : floors) lines.push_back(group + " passed " + std::to_string(count));
    write_lines(path, lines);
}

}  // namespace roundtrip
