#pragma once
// A database made for one run on a server the user names (--dev-url) and dropped when the run
// ends, whether it succeeds or not: where `plan --dev-url` loads a desired-state file for the
// server to settle, and where `--verify` proves a plan.
#include <string>

#include "introspect/connection.hpp"

namespace app {

class ScratchDatabase {
public:
    // Connects to `server` (a URL or conninfo string) and creates an empty database there.
    // Throws engine::Error naming the server (never its password).
    ScratchDatabase(const std::string& server, const std::string& purpose);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    // A conninfo string for the scratch database.
    const std::string& target() const { return target_; }
    const std::string& name() const { return name_; }

private:
    introspect::Connection admin_;
    std::string name_;
    std::string target_;
};

}  // namespace app
