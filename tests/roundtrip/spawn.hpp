#pragma once
// Runs a program from several threads at once. test_support::run_process forks and then
// allocates in the child (argv vector, setenv); with threads that is only safe when the
// allocator is fork-aware, and GCC 12's ASan runtime is not (it has no fork interceptor).
// posix_spawn does nothing in the child but the redirections and exec.
#include <string>
#include <vector>

#include "process.hpp"

namespace roundtrip {

// argv[0] is looked up in PATH; stdin is /dev/null; stdout and stderr are captured.
test_support::ProcessResult spawn(const std::vector<std::string>& argv);

}  // namespace roundtrip
