#pragma once
// The command implementations that run.cpp dispatches to.
#include <string>
#include <vector>

#include "engine/model/catalog.hpp"

#include "command_line.hpp"
#include "run_settings.hpp"

namespace app {

int inspect(const Arguments& args, const RunSettings& settings);
int drift(const Arguments& args, const RunSettings& settings);
// --format text only, for now: the change list (command_plan.cpp).
int plan(const Arguments& args, const RunSettings& settings);
int apply(const Arguments& args, const RunSettings& settings);

// postgres:// and postgresql:// URLs and libpq conninfo strings ("host=… dbname=…").
bool is_database_source(const std::string& source);

struct LoadedSource {
    engine::Catalog catalog;
    std::vector<std::string> warnings;
    bool from_database = false;
    std::string description;  // the file, or "host … port … database …" (never a password)
};

// Reads `source` (DESIGN §2): `empty`, a database, a file, a directory or `-`.
// Throws engine::Error with a located message on failure.
LoadedSource load_source(const std::string& source, const RunSettings& settings);
// The database `target` (a URL or conninfo string) read by the introspector.
LoadedSource load_database(const std::string& target, const RunSettings& settings);

}  // namespace app
