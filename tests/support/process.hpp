#pragma once
// Runs a program and captures what it prints, for tests that use strata the way a user does.
#include <map>
#include <string>
#include <vector>

namespace test_support {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct ProcessOptions {
    std::string cwd;                           // "" keeps the current directory
    std::string input;                         // written to standard input
    std::map<std::string, std::string> env;    // added to (or replacing) the environment
};

ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

// The strata binary under test (set by CMake).
std::string strata_binary();
// The whole file, or "" when it can't be read.
std::string read_file(const std::string& path);
ProcessResult run_strata(const std::vector<std::string>& args, const ProcessOptions& options = {});

// A fresh empty directory, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string write(const std::string& name, const std::string& content) const;  // returns the full path

private:
    std::string path_;
};

}  // namespace test_support
