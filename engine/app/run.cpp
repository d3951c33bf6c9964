#include "run.hpp"

#include <fmt/core.h>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <map>

#include "command_line.hpp"
#include "commands.hpp"
#include "engine/diagnostic.hpp"
#include "engine/version.hpp"
#include "error_excerpt.hpp"
#include "exit_code.hpp"
#include "run_settings.hpp"

namespace app {

namespace {

using Handler = std::function<int(const Arguments&, const RunSettings&)>;

int usage_error(const std::string& message, const std::string& hint) {
    fmt::print(stderr, "{}\nRun '{}' for usage.\n", message, hint);
    return exit_error;
}

int not_built(const Arguments& args, const RunSettings&) {
    fmt::print(stderr, "strata {}: not available yet in this build of strata {}\n", args.command->name,
               engine::strata_version);
    return exit_error;
}

int version(const Arguments&, const RunSettings&) {
    fmt::print("strata {}\n", engine::strata_version);
    return exit_ok;
}

const std::map<std::string_view, Handler>& handlers() {
    static const std::map<std::string_view, Handler> table{
        {"version", version},
        {"plan", plan},
        {"apply", apply},
        {"drift", drift},
        {"lint", not_built},
        {"inspect", inspect},
        {"migrate new", not_built},
        {"migrate apply", not_built},
        {"migrate status", not_built},
    };
    return table;
}

int help(const std::vector<std::string>& topic) {
    if (topic.empty()) {
        fmt::print("{}", overview_help());
        return exit_ok;
    }
    std::string name = topic[0];
    for (std::size_t i = 1; i < topic.size(); ++i) name += " " + topic[i];
    const CommandSpec* command = find_command(name);
    if (!command) return usage_error("strata help: unknown command '" + name + "'", "strata help");
    fmt::print("{}", command_help(*command));
    return exit_ok;
}

}  // namespace

int run(const std::vector<std::string>& argv) {
    if (argv.empty()) {
        fmt::print(stderr, "{}", overview_help());
        return exit_error;
    }
    const std::string& word = argv[0];
    if (word == "help" || word == "-h" || word == "--help") return help({argv.begin() + 1, argv.end()});
    if (word == "version" || word == "--version") {
        if (argv.size() > 1 && argv[1] != "--help" && argv[1] != "-h")
            return usage_error("strata version: unexpected argument '" + argv[1] + "'", "strata help");
    }

    const CommandSpec* command = find_command(word);
    if (!command || word.find(' ') != std::string::npos) {
        return usage_error("strata: unknown command '" + word + "'", "strata help");
    }
    std::size_t consumed = 1;
    if (command->name == "migrate") {
        if (argv.size() < 2 || argv[1] == "--help" || argv[1] == "-h") {
            fmt::print(argv.size() < 2 ? stderr : stdout, "{}", command_help(*command));
            return argv.size() < 2 ? exit_error : exit_ok;
        }
        const CommandSpec* sub = find_command("migrate " + argv[1]);
        if (!sub) return usage_error("strata migrate: unknown subcommand '" + argv[1] + "'", "strata migrate --help");
        command = sub;
        consumed = 2;
    }

    auto parsed = parse_arguments(*command, {argv.begin() + static_cast<std::ptrdiff_t>(consumed), argv.end()});
    if (auto* error = std::get_if<UsageError>(&parsed)) return usage_error(error->message, error->hint);
    const Arguments& args = std::get<Arguments>(parsed);
    if (args.help) {
        fmt::print("{}", command_help(*command));
        return exit_ok;
    }

    try {
        const RunSettings settings = resolve_settings(args, engine::process_environment());
        return handlers().at(command->name)(args, settings);
    } catch (const engine::Error& e) {
        fmt::print(stderr, "{}\n", e.what());
        if (isatty(STDERR_FILENO)) fmt::print(stderr, "{}", error_excerpt(e.where()));
        return exit_error;
    } catch (const std::exception& e) {
        fmt::print(stderr, "strata {}: internal error: {}\n", command->name, e.what());
        return exit_error;
    }
}

}  // namespace app
