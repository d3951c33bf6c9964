#pragma once
// The command implementations that run.cpp dispatches to.
#include <string>

#include "command_line.hpp"
#include "run_settings.hpp"

namespace app {

int inspect(const Arguments& args, const RunSettings& settings);

// postgres:// and postgresql:// URLs and libpq conninfo strings ("host=… dbname=…").
bool is_database_source(const std::string& source);

}  // namespace app
