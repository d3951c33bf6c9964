#pragma once
// What a command runs with: strata.yaml (found in the current directory or named by
// --config), the environment picked with --env, and command-line flags on top.
#include <optional>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "engine/config.hpp"

namespace app {

struct RunSettings {
    std::string config_path;  // "" when no strata.yaml was used
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> url;
    std::optional<std::string> dev_url;
    std::vector<std::string> schemas;
    std::vector<std::string> exclude;
    bool online = false;
    bool allow_destructive = false;
    std::vector<std::string> skip;
    std::map<std::string, engine::LintSeverity> lint_rules;
};

// Throws engine::Error with file:line:col for config problems.
RunSettings resolve_settings(const Arguments& args, const engine::EnvLookup& lookup);

}  // namespace app
