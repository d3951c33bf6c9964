#include "command_line.hpp"

#include <algorithm>

namespace app {

namespace {

const std::vector<std::string_view> plan_formats{"sql", "json", "text"};
const std::vector<std::string_view> drift_formats{"text", "json", "github"};
const std::vector<std::string_view> lint_formats{"text", "json", "github", "sarif"};
const std::vector<std::string_view> inspect_formats{"sql", "json", "dot", "mermaid"};
const std::vector<std::string_view> dir_formats{"strata", "golang-migrate", "goose", "dbmate", "flyway"};

const FlagSpec allow_destructive{"--allow-destructive", "", "emit destructive changes (drops, narrowing type changes)", {}};
const FlagSpec online{"--online", "", "rewrite for low-lock execution (CONCURRENTLY, NOT VALID + VALIDATE)", {}};
const FlagSpec dev_url{"--dev-url", "URL|tmp", "scratch database for exact comparison; tmp starts a throwaway one", {}};
const FlagSpec to_src{"--to", "SRC", "desired state: file, directory, URL, - (stdin) or empty", {}};
const FlagSpec url{"--url", "URL", "the target database (postgres://… or a libpq conninfo string)", {}};
const FlagSpec dir{"--dir", "DIR", "the migrations directory", {}};

}  // namespace

const std::vector<FlagSpec>& common_flags() {
    static const std::vector<FlagSpec> flags{
        {"--config", "FILE", "read settings from FILE instead of ./strata.yaml", {}},
        {"--env", "NAME", "use the settings of environment NAME from strata.yaml", {}},
        {"--help", "", "show this help", {}},
    };
    return flags;
}

const std::vector<CommandSpec>& commands() {
    static const std::vector<CommandSpec> all{
        {"plan",
         "plan --from SRC --to SRC [--allow-destructive] [--online] [--format sql|json|text] [--dev-url URL|tmp] "
         "[--verify] [--exit-code]",
         "print the ordered SQL that takes one state to another",
         {{"--from", "SRC", "current state: file, directory, URL, - (stdin) or empty", {}},
          to_src,
          allow_destructive,
          online,
          {"--format", "FORMAT", "output format", plan_formats},
          dev_url,
          {"--verify", "", "prove the plan on the dev database before printing it", {}},
          {"--exit-code", "", "exit 2 when the plan is not empty", {}}},
         ""},
        {"apply",
         "apply --url URL --to SRC [--allow-destructive] [--online] [--dry-run] [--auto-approve] "
         "[--lock-timeout 5s] [--statement-timeout 30min] [--plan plan.json]",
         "plan and execute the changes on a live database, safely",
         {url,
          to_src,
          allow_destructive,
          online,
          {"--dry-run", "", "print the plan and change nothing", {}},
          {"--auto-approve", "", "do not ask for confirmation (required without a terminal)", {}},
          {"--lock-timeout", "DURATION", "how long to wait for each lock, the apply lock included (default 5s)", {}},
          {"--statement-timeout", "DURATION", "how long one statement may run (default 30min; 0: no limit)", {}},
          {"--plan", "FILE", "apply a plan saved with plan --format json", {}}},
         ""},
        {"drift",
         "drift --url URL --to SRC [--format text|json|github]",
         "report how a live database differs from the desired state",
         {url, to_src, {"--format", "FORMAT", "output format", drift_formats}},
         ""},
        {"lint",
         "lint FILE... [--format text|json|github|sarif]",
         "flag dangerous statements in migration files (- reads stdin)",
         {{"--format", "FORMAT", "output format", lint_formats}},
         "FILE..."},
        {"inspect",
         "inspect SRC [--format sql|json|dot|mermaid]",
         "print the canonical form of a file, directory or database",
         {{"--format", "FORMAT", "output format", inspect_formats}},
         "SRC"},
        {"migrate",
         "migrate new|apply|status …",
         "write and run versioned migration files",
         {},
         "SUBCOMMAND"},
        {"migrate new",
         "migrate new NAME --dir DIR --to SRC [--dir-format strata|golang-migrate|goose|dbmate|flyway] "
         "[--dev-url URL|tmp]",
         "write the next migration (and its down file) into DIR",
         {dir, to_src, {"--dir-format", "FORMAT", "migration runner layout", dir_formats}, dev_url},
         "NAME"},
        {"migrate apply",
         "migrate apply --url URL --dir DIR",
         "run the pending migrations of DIR",
         {url, dir},
         ""},
        {"migrate status",
         "migrate status --url URL --dir DIR",
         "show which migrations of DIR are applied",
         {url, dir},
         ""},
        {"version", "version", "print the version", {}, ""},
        {"help", "help [COMMAND]", "show help for strata or one command", {}, "COMMAND"},
    };
    return all;
}

const CommandSpec* find_command(std::string_view name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

std::optional<std::string> Arguments::value(std::string_view flag) const {
    auto it = values.find(std::string(flag));
    if (it == values.end()) return std::nullopt;
    return it->second;
}

namespace {

const FlagSpec* find_flag(const CommandSpec& command, std::string_view name) {
    for (const auto& f : command.flags)
        if (f.name == name) return &f;
    for (const auto& f : common_flags())
        if (f.name == name) return &f;
    return nullptr;
}

std::string join(const std::vector<std::string_view>& items, std::string_view separator) {
    std::string out;
    for (auto item : items) out += (out.empty() ? "" : std::string(separator)) + std::string(item);
    return out;
}

}  // namespace

std::variant<Arguments, UsageError> parse_arguments(const CommandSpec& command, const std::vector<std::string>& args) {
    Arguments out;
    out.command = &command;
    const std::string hint = "strata " + std::string(command.name) + " --help";
    const std::string who = "strata " + std::string(command.name);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            out.help = true;
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            std::string name = arg;
            std::optional<std::string> inline_value;
            if (auto eq = arg.find('='); eq != std::string::npos) {
                name = arg.substr(0, eq);
                inline_value = arg.substr(eq + 1);
            }
            const FlagSpec* flag = find_flag(command, name);
            if (!flag) return UsageError{who + ": unknown flag '" + name + "'", hint};
            std::string value;
            if (flag->value_name.empty()) {
                if (inline_value) return UsageError{who + ": " + name + " takes no value", hint};
            } else if (inline_value) {
                value = *inline_value;
            } else {
                if (i + 1 >= args.size()) {
                    return UsageError{who + ": " + name + " needs a value (" + std::string(flag->value_name) + ")",
                                      hint};
                }
                value = args[++i];
            }
            if (!flag->choices.empty() &&
                std::find(flag->choices.begin(), flag->choices.end(), value) == flag->choices.end()) {
                return UsageError{who + ": " + name + " must be one of " + join(flag->choices, ", ") + ", not '" +
                                      value + "'",
                                  hint};
            }
            out.values[name] = value;
            continue;
        }
        if (command.positionals.empty())
            return UsageError{who + ": unexpected argument '" + arg + "'", hint};
        out.positionals.push_back(arg);
    }
    return out;
}

namespace {

std::string flag_lines(const std::vector<FlagSpec>& flags) {
    std::string out;
    for (const auto& f : flags) {
        std::string left = "  " + std::string(f.name);
        if (!f.value_name.empty()) left += " " + std::string(f.value_name);
        if (left.size() < 28) left.resize(28, ' ');
        else left += "  ";
        out += left + std::string(f.help);
        if (!f.choices.empty()) out += " (" + join(f.choices, "|") + ")";
        out += "\n";
    }
    return out;
}

}  // namespace

std::string overview_help() {
    std::string out =
        "strata: a declarative schema engine for PostgreSQL\n\n"
        "Usage:\n";
    for (const auto& c : commands())
        if (c.name != "migrate") out += "  strata " + std::string(c.usage) + "\n";
    out += "  strata COMMAND --help\n\nCommands:\n";
    for (const auto& c : commands()) {
        if (c.name.find(' ') != std::string_view::npos) continue;
        std::string left = "  " + std::string(c.name);
        left.resize(12, ' ');
        out += left + std::string(c.summary) + "\n";
    }
    out +=
        "\nSources (SRC): a .sql file, a directory of .sql files, a postgres:// URL or conninfo string,\n"
        "- for standard input, or empty.\n"
        "\nExit codes: 0 success, 1 error, 2 differences found, 3 blocked (destructive or lint errors).\n";
    return out;
}

std::string command_help(const CommandSpec& command) {
    std::string out = "Usage: strata " + std::string(command.usage) + "\n\n" + std::string(command.summary) + "\n";
    if (command.name == "migrate") {
        out += "\nSubcommands:\n";
        for (const auto& c : commands())
            if (c.name.rfind("migrate ", 0) == 0) {
                std::string left = "  " + std::string(c.name.substr(8));
                left.resize(12, ' ');
                out += left + std::string(c.summary) + "\n";
            }
    }
    if (!command.flags.empty()) out += "\nFlags:\n" + flag_lines(command.flags);
    out += "\nCommon flags:\n" + flag_lines(common_flags());
    return out;
}

}  // namespace app
