#include "engine/config.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace engine {

namespace {

class Reader {
public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    SourceLocation at(const YAML::Node& node) const { return at(node.Mark()); }
    SourceLocation at(const YAML::Mark& mark) const {
        if (mark.is_null()) return {path_, 0, 0};
        return {path_, mark.line + 1, mark.column + 1};
    }

    [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
        throw Error(at(node), message);
    }

    void require_map(const YAML::Node& node, const std::string& key) const {
        if (!node.IsMap()) fail(node, key + ": expected a mapping of keys to values, got " + describe(node));
    }

    // Every key of `node` must be in `allowed`; keys themselves must be plain strings.
    void check_keys(const YAML::Node& node, const std::string& prefix, const std::set<std::string>& allowed) const {
        for (const auto& kv : node) {
            if (!kv.first.IsScalar()) fail(kv.first, "keys must be plain names");
            const std::string name = kv.first.Scalar();
            if (!allowed.count(name)) {
                std::string known;
                for (const auto& a : allowed) known += (known.empty() ? "" : ", ") + a;
                fail(kv.first, "unknown key '" + prefix + name + "' (known keys: " + known + ")");
            }
        }
    }

    Located<std::string> string(const YAML::Node& node, const std::string& key) const {
        if (!node.IsScalar()) fail(node, key + ": expected a string, got " + describe(node));
        return {node.Scalar(), at(node)};
    }

    Located<bool> boolean(const YAML::Node& node, const std::string& key) const {
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
            fail(node, key + ": expected true or false, got " + describe(node));
        return {value, at(node)};
    }

    std::vector<Located<std::string>> strings(const YAML::Node& node, const std::string& key) const {
        if (!node.IsSequence()) fail(node, key + ": expected a list of strings, got " + describe(node));
        std::vector<Located<std::string>> out;
        for (const auto& item : node) out.push_back(string(item, key + "[]"));
        return out;
    }

    Located<LintSeverity> severity(const YAML::Node& node, const std::string& key) const {
        // YAML reads a bare `off` as a boolean false; accept both spellings.
        if (node.IsScalar()) {
            const std::string s = node.Scalar();
            if (s == "error") return {LintSeverity::error, at(node)};
            if (s == "warning") return {LintSeverity::warning, at(node)};
            if (s == "off" || s == "false") return {LintSeverity::off, at(node)};
        }
        fail(node, key + ": expected error, warning or off, got " + describe(node));
    }

    static std::string describe(const YAML::Node& node) {
        switch (node.Type()) {
            case YAML::NodeType::Null: return "nothing";
            case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
            case YAML::NodeType::Sequence: return "a list";
            case YAML::NodeType::Map: return "a mapping";
            default: return "an undefined value";
        }
    }

    Settings settings(const YAML::Node& node, const std::string& prefix, bool top_level) const {
        std::set<std::string> keys{"schema", "url", "dev_url", "schemas", "exclude", "diff", "lint"};
        if (top_level) keys.insert("environments");
        check_keys(node, prefix, keys);

        Settings s;
        if (auto n = node["schema"]) s.schema = string(n, prefix + "schema");
        if (auto n = node["url"]) s.url = string(n, prefix + "url");
        if (auto n = node["dev_url"]) s.dev_url = string(n, prefix + "dev_url");
        if (auto n = node["schemas"]) s.schemas = strings(n, prefix + "schemas");
        if (auto n = node["exclude"]) s.exclude = strings(n, prefix + "exclude");
        if (auto n = node["diff"]) {
            const std::string p = prefix + "diff.";
            require_map(n, prefix + "diff");
            check_keys(n, p, {"online", "allow_destructive", "skip"});
            if (auto m = n["online"]) s.diff.online = boolean(m, p + "online");
            if (auto m = n["allow_destructive"]) s.diff.allow_destructive = boolean(m, p + "allow_destructive");
            if (auto m = n["skip"]) s.diff.skip = strings(m, p + "skip");
        }
        if (auto n = node["lint"]) {
            require_map(n, prefix + "lint");
            check_keys(n, prefix + "lint.", {"rules"});
            if (auto rules = n["rules"]) {
                require_map(rules, prefix + "lint.rules");
                for (const auto& kv : rules) {
                    const std::string rule = string(kv.first, prefix + "lint.rules").value;
                    s.lint_rules[rule] = severity(kv.second, prefix + "lint.rules." + rule);
                }
            }
        }
        return s;
    }

private:
    std::string path_;
};

template <typename T>
void take(std::optional<T>& into, const std::optional<T>& from) {
    if (from) into = from;
}

}  // namespace

void Settings::overlay(const Settings& over) {
    take(schema, over.schema);
    take(url, over.url);
    take(dev_url, over.dev_url);
    take(schemas, over.schemas);
    take(exclude, over.exclude);
    take(diff.online, over.diff.online);
    take(diff.allow_destructive, over.diff.allow_destructive);
    take(diff.skip, over.diff.skip);
    for (const auto& [rule, severity] : over.lint_rules) lint_rules[rule] = severity;
}

EnvLookup process_environment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (!value) return std::nullopt;
        return std::string(value);
    };
}

std::string expand_variables(const std::string& text, const SourceLocation& where, const std::string& key,
                             const EnvLookup& lookup) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '$' || i + 1 >= text.size() || text[i + 1] != '{') {
            out += text[i];
            continue;
        }
        const std::size_t close = text.find('}', i + 2);
        if (close == std::string::npos) throw Error(where, key + ": unterminated ${ in '" + text + "'");
        const std::string name = text.substr(i + 2, close - i - 2);
        if (name.empty()) throw Error(where, key + ": empty variable name ${}");
        auto value = lookup(name);
        if (!value) throw Error(where, key + ": environment variable " + name + " is not set");
        out += *value;
        i = close;
    }
    return out;
}

Settings Config::resolve(const std::optional<std::string>& env, const EnvLookup& lookup) const {
    Settings s = base;
    if (env) {
        auto it = environments.find(*env);
        if (it == environments.end()) {
            std::string known;
            for (const auto& [name, _] : environments) known += (known.empty() ? "" : ", ") + name;
            SourceLocation where = environments_where.known() ? environments_where : SourceLocation{path, 0, 0};
            if (path.empty()) throw Error("--env " + *env + ": no strata.yaml was found");
            throw Error(where, "no environment '" + *env + "'" + (known.empty() ? "" : " (known: " + known + ")"));
        }
        s.overlay(it->second);
    }
    auto expand = [&](std::optional<Located<std::string>>& v, const std::string& key) {
        if (v) v->value = expand_variables(v->value, v->where, key, lookup);
    };
    expand(s.schema, "schema");
    expand(s.url, "url");
    expand(s.dev_url, "dev_url");
    return s;
}

Config parse_config(const std::string& text, const std::string& path) {
    Reader reader(path);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        throw Error(reader.at(e.mark), "invalid YAML: " + e.msg);
    }
    Config config;
    config.path = path;
    if (root.IsNull()) return config;  // an empty file is a valid, empty config
    reader.require_map(root, "strata.yaml");
    config.base = reader.settings(root, "", true);
    if (auto envs = root["environments"]) {
        reader.require_map(envs, "environments");
        config.environments_where = reader.at(envs);
        for (const auto& kv : envs) {
            const std::string name = reader.string(kv.first, "environments").value;
            reader.require_map(kv.second, "environments." + name);
            config.environments[name] = reader.settings(kv.second, "environments." + name + ".", false);
        }
    }
    return config;
}

Config load_config_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(SourceLocation{path, 0, 0}, "cannot read config file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse_config(buffer.str(), path);
}

}  // namespace engine
