#include "run_settings.hpp"

#include <filesystem>

namespace app {

namespace {

std::vector<std::string> values_of(const std::optional<std::vector<engine::Located<std::string>>>& items) {
    std::vector<std::string> out;
    if (items)
        for (const auto& item : *items) out.push_back(item.value);
    return out;
}

template <typename T>
std::optional<T> value_of(const std::optional<engine::Located<T>>& item) {
    if (!item) return std::nullopt;
    return item->value;
}

}  // namespace

RunSettings resolve_settings(const Arguments& args, const engine::EnvLookup& lookup) {
    engine::Config config;
    if (auto path = args.value("--config")) {
        config = engine::load_config_file(*path);
    } else if (std::filesystem::exists("strata.yaml")) {
        config = engine::load_config_file("strata.yaml");
    }
    const engine::Settings file = config.resolve(args.value("--env"), lookup);

    RunSettings s;
    s.config_path = config.path;
    // The file's `schema` is the desired state; `url` the database (DESIGN §6).
    s.to = value_of(file.schema);
    s.url = value_of(file.url);
    s.dev_url = value_of(file.dev_url);
    s.schemas = values_of(file.schemas);
    s.exclude = values_of(file.exclude);
    s.online = value_of(file.diff.online).value_or(false);
    s.allow_destructive = value_of(file.diff.allow_destructive).value_or(false);
    s.skip = values_of(file.diff.skip);
    for (const auto& [rule, severity] : file.lint_rules) s.lint_rules[rule] = severity.value;

    // Flags win over the file.
    if (auto v = args.value("--from")) s.from = v;
    if (auto v = args.value("--to")) s.to = v;
    if (auto v = args.value("--url")) s.url = v;
    if (auto v = args.value("--dev-url")) s.dev_url = v;
    if (args.has("--online")) s.online = true;
    if (args.has("--allow-destructive")) s.allow_destructive = true;
    return s;
}

}  // namespace app
