#pragma once
// strata.yaml (DESIGN §6). Values keep the location they were written at, and ${VAR}
// references are expanded only when an environment is resolved, so an unset variable in
// an environment nobody picked is not an error.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"

namespace engine {

template <typename T>
struct Located {
    T value;
    SourceLocation where;
};

enum class LintSeverity { off, warning, error };

struct DiffSettings {
    std::optional<Located<bool>> online;
    std::optional<Located<bool>> allow_destructive;
    std::optional<std::vector<Located<std::string>>> skip;
};

// One layer of settings: the top level of the file, or one entry of `environments`.
struct Settings {
    std::optional<Located<std::string>> schema;
    std::optional<Located<std::string>> url;
    std::optional<Located<std::string>> dev_url;
    std::optional<std::vector<Located<std::string>>> schemas;
    std::optional<std::vector<Located<std::string>>> exclude;
    DiffSettings diff;
    std::map<std::string, Located<LintSeverity>> lint_rules;

    // Fields set in `over` replace ours; lint rules merge by name.
    void overlay(const Settings& over);
};

// Looks up an environment variable; nullopt when it is unset.
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
EnvLookup process_environment();

struct Config {
    std::string path;  // empty when no file was found
    Settings base;
    std::map<std::string, Settings> environments;
    SourceLocation environments_where;

    // The base settings overlaid with environment `env` (if given), every ${VAR} expanded.
    // Throws engine::Error naming file:line:col for an unknown environment or an unset variable.
    Settings resolve(const std::optional<std::string>& env, const EnvLookup& lookup) const;
};

// Parses and validates a strata.yaml. Throws engine::Error ("file:line:col: error: …") on
// malformed YAML, unknown keys and wrong types.
Config parse_config(const std::string& text, const std::string& path);
Config load_config_file(const std::string& path);

// ${VAR} expansion of one value; throws engine::Error at `where` for an unset variable.
std::string expand_variables(const std::string& text, const SourceLocation& where, const std::string& key,
                             const EnvLookup& lookup);

}  // namespace engine
