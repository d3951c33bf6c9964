#pragma once
// Exit codes, the same for every command (DESIGN §4).
namespace app {
enum ExitCode : int {
    exit_ok = 0,          // success, nothing to report
    exit_error = 1,       // bad input, connection failure, internal error
    exit_differences = 2, // plan --exit-code with changes; drift found
    exit_blocked = 3,     // destructive changes without --allow-destructive; lint errors
};
}  // namespace app
