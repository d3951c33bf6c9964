#include "parser/source_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/diagnostic.hpp"

namespace parser {

namespace fs = std::filesystem;

namespace {

std::string read_all(std::istream& in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

SourceText read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw engine::Error(engine::SourceLocation{path.string(), 0, 0}, "cannot read file");
    return {path.string(), read_all(in)};
}

}  // namespace

std::vector<SourceText> read_sql_source(const std::string& spec) {
    if (spec == "-") return {{"<stdin>", read_all(std::cin)}};

    std::error_code ec;
    const fs::path root(spec);
    const auto status = fs::status(root, ec);
    if (ec || !fs::exists(status))
        throw engine::Error(engine::SourceLocation{spec, 0, 0}, "no such file or directory");
    if (!fs::is_directory(status)) return {read_file(root)};

    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, ec), end;
         !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".sql") files.push_back(it->path());
    }
    if (ec) throw engine::Error(engine::SourceLocation{spec, 0, 0}, "cannot list directory: " + ec.message());
    if (files.empty()) throw engine::Error(engine::SourceLocation{spec, 0, 0}, "directory holds no .sql file");
    // Lexical order of the path relative to the root, byte-wise, so every machine agrees.
    std::sort(files.begin(), files.end(), [&](const fs::path& a, const fs::path& b) {
        return a.lexically_relative(root).generic_string() < b.lexically_relative(root).generic_string();
    });
    std::vector<SourceText> out;
    out.reserve(files.size());
    for (const auto& f : files) out.push_back(read_file(f));
    return out;
}

}  // namespace parser
