#include "cases.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "engine/identifier.hpp"

namespace roundtrip {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sorted_entries(const fs::path& dir) {
    std::vector<fs::path> entries;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir)) entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

Input make_input(const fs::path& shared, const std::string& group, const fs::path& file) {
    Input in;
    in.group = group;
    in.live = group == "corpus" || file.filename() == "to.sql";
    in.rel = fs::relative(file, shared).generic_string();
    in.path = file.string();
    in.size = fs::file_size(file);
    return in;
}

// meta.json "min_version" ("9.1", "18.0"): the case is skipped when it needs a server above 15.
std::string version_skip(const YAML::Node& meta) {
    if (!meta["min_version"]) return "";
    const auto version = meta["min_version"].as<std::string>();
    return std::stoi(version) > 15 ? "needs PostgreSQL " + version : "";
}

void add_role(std::set<std::string>& roles, const std::string& name) {
    if (name.empty()) return;
    roles.insert(name.front() == '"' ? name : engine::quote_ident(name));
}

}  // namespace

std::vector<Input> enumerate_inputs(const std::string& shared_dir) {
    const fs::path shared = fs::canonical(shared_dir);
    std::vector<Input> inputs;
    for (const auto& project : sorted_entries(shared / "corpus")) {
        if (!fs::exists(project / "schema.sql")) continue;
        const std::string prelude = fs::exists(project / "prelude.sql") ? (project / "prelude.sql").string() : "";
        std::vector<fs::path> files{project / "schema.sql"};
        for (const auto& old : sorted_entries(project / "history"))
            if (old.extension() == ".sql") files.push_back(old);
        for (const auto& file : files) {
            inputs.push_back(make_input(shared, "corpus", file));
            inputs.back().prelude = prelude;
        }
    }
    for (const auto& suite : sorted_entries(shared / "conformance")) {
        if (!fs::is_directory(suite)) continue;
        for (const auto& dir : sorted_entries(suite)) {
            if (!fs::exists(dir / "meta.json")) continue;
            const YAML::Node meta = YAML::LoadFile((dir / "meta.json").string());
            const std::string skip = version_skip(meta);
            for (const char* name : {"from.sql", "to.sql"}) {
                if (!fs::exists(dir / name)) continue;
                inputs.push_back(make_input(shared, suite.filename().string(), dir / name));
                inputs.back().skip = skip;
                if (std::string(name) == "to.sql" && fs::exists(dir / "from.sql")) {
                    inputs.back().plan_from = (dir / "from.sql").string();
                    inputs.back().plan_error_expected = meta["expectedPlanErrorIs"] || meta["expectedPlanErrorContains"];
                }
            }
        }
    }
    std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.rel < b.rel; });
    return inputs;
}

std::vector<std::string> case_roles(const std::string& shared_dir) {
    std::set<std::string> roles;
    for (const auto& suite : sorted_entries(fs::path(shared_dir) / "conformance")) {
        for (const auto& dir : sorted_entries(suite)) {
            if (!fs::exists(dir / "meta.json")) continue;
            const YAML::Node meta = YAML::LoadFile((dir / "meta.json").string());
            for (const char* key : {"roles", "managed_roles"})
                if (meta[key])
                    for (const auto& role : meta[key]) add_role(roles, role.as<std::string>());
            if (meta["user"]) add_role(roles, meta["user"].as<std::string>());
            const std::string notes = meta["notes"] ? meta["notes"].as<std::string>() : "";
            const std::size_t at = notes.find("A role "), end = notes.find(" is created first");
            if (at != std::string::npos && end != std::string::npos && end > at + 7)
                add_role(roles, notes.substr(at + 7, end - at - 7));
        }
    }
    return {roles.begin(), roles.end()};
}

std::vector<std::string> corpus_preludes(const std::string& shared_dir) {
    std::vector<std::string> preludes;
    for (const auto& project : sorted_entries(fs::path(shared_dir) / "corpus"))
        if (fs::exists(project / "prelude.sql")) preludes.push_back((project / "prelude.sql").string());
    return preludes;
}

}  // namespace roundtrip
