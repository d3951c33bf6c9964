#pragma once
#include <string>
#include <vector>

namespace app {
// Runs the CLI on argv without the program name; returns the exit code.
int run(const std::vector<std::string>& argv);
}  // namespace app
