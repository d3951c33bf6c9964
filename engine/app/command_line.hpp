#pragma once
// The CLI contract of DESIGN §4: which commands exist, which flags each takes, their help.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace app {

struct FlagSpec {
    std::string_view name;                 // "--from"
    std::string_view value_name;           // "SRC"; empty for a switch
    std::string_view help;
    std::vector<std::string_view> choices;  // allowed values, when the set is closed
};

struct CommandSpec {
    std::string_view name;         // "plan", or "migrate new"
    std::string_view usage;        // the synopsis line after "strata "
    std::string_view summary;      // one line for `strata help`
    std::vector<FlagSpec> flags;   // besides the common ones
    std::string_view positionals;  // e.g. "FILE..."; empty when none are taken
};

const std::vector<CommandSpec>& commands();
const CommandSpec* find_command(std::string_view name);
const std::vector<FlagSpec>& common_flags();

struct Arguments {
    const CommandSpec* command = nullptr;
    std::map<std::string, std::string> values;  // flag name → value ("" for switches)
    std::vector<std::string> positionals;
    bool help = false;

    bool has(std::string_view flag) const { return values.count(std::string(flag)) > 0; }
    std::optional<std::string> value(std::string_view flag) const;
};

// A usage error: one line for stderr, followed by the hint to the matching help.
struct UsageError {
    std::string message;
    std::string hint;  // e.g. "strata plan --help"
};

// Parses argv after the command word(s). Returns the error instead of throwing.
std::variant<Arguments, UsageError> parse_arguments(const CommandSpec& command, const std::vector<std::string>& args);

std::string overview_help();
std::string command_help(const CommandSpec& command);

}  // namespace app
