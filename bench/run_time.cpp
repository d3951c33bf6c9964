// Wall time and peak memory of a whole command, run RUNS times with its output discarded: the
// same measure for Strata and for the peer it is compared with (pg_dump), in the same run.
// Usage: strata_bench_run RUNS LABEL -- COMMAND [ARGS...]
// Prints: LABEL: best X s, median Y s, peak RSS Z MB (RUNS runs)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char** environ;

int main(int argc, char** argv) {
    if (argc < 5 || std::strcmp(argv[3], "--") != 0) {
        std::fprintf(stderr, "usage: strata_bench_run RUNS LABEL -- COMMAND [ARGS...]\n");
        return 1;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    std::vector<double> seconds;
    long peak_kb = 0;
    for (int i = 0; i < runs; ++i) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        if (posix_spawnp(&pid, argv[4], &actions, nullptr, argv + 4, environ) != 0) {
            std::fprintf(stderr, "strata_bench_run: cannot run %s\n", argv[4]);
            return 1;
        }
        posix_spawn_file_actions_destroy(&actions);
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 2)) {
            std::fprintf(stderr, "strata_bench_run: %s failed (status %d)\n", argv[4], status);
            return 1;
        }
        peak_kb = std::max(peak_kb, usage.ru_maxrss);
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("%s: best %.3f s, median %.3f s, peak RSS %.0f MB (%d runs)\n", argv[2], seconds.front(),
                seconds[seconds.size() / 2], peak_kb / 1024.0, runs);
    return 0;
}
