#include "temporary_server.hpp"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "introspect/connection.hpp"

namespace app {

namespace {

namespace fs = std::filesystem;

bool has_server(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "initdb", ec) && fs::exists(dir / "pg_ctl", ec);
}

// The directory holding initdb and pg_ctl, or "".
std::string find_bindir() {
    if (const char* env = std::getenv("STRATA_PG_BINDIR"); env && *env && has_server(env)) return env;
    if (FILE* p = popen("pg_config --bindir 2>/dev/null", "r")) {
        char line[4096] = {};
        const bool read = std::fgets(line, sizeof line, p) != nullptr;
        pclose(p);
        std::string dir = read ? line : "";
        while (!dir.empty() && (dir.back() == '\n' || dir.back() == '\r')) dir.pop_back();
        if (!dir.empty() && has_server(dir)) return dir;
    }
    if (const char* path = std::getenv("PATH")) {
        std::stringstream parts(path);
        for (std::string dir; std::getline(parts, dir, ':');)
            if (!dir.empty() && has_server(dir)) return dir;
    }
    // The newest major version Debian's packages installed.
    std::string best;
    int best_major = -1;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const std::string name = entry.path().filename().string();
        char* end = nullptr;
        const long major = std::strtol(name.c_str(), &end, 10);
        if (*end == '\0' && major > best_major && has_server(entry.path() / "bin")) {
            best_major = static_cast<int>(major);
            best = (entry.path() / "bin").string();
        }
    }
    return best;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs `argv` as uid/gid (0: unchanged) with its output appended to `log`; returns its exit status.
int run(const std::vector<std::string>& argv, const std::string& log, unsigned uid, unsigned gid) {
    const pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            close(fd);
        }
        const int null = open("/dev/null", O_RDONLY);
        if (null >= 0) dup2(null, STDIN_FILENO);
        if (gid != 0 && (setgroups(0, nullptr) != 0 || setgid(gid) != 0)) _exit(126);
        if (uid != 0 && setuid(uid) != 0) _exit(126);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TemporaryServer::TemporaryServer() {
    bindir_ = find_bindir();
    if (bindir_.empty())
        throw engine::Error("--dev-url tmp: no PostgreSQL server binaries found (initdb and pg_ctl, looked in "
                            "STRATA_PG_BINDIR, pg_config --bindir, PATH and /usr/lib/postgresql/*/bin); install them "
                            "(apt-get install postgresql-15) or give --dev-url URL");
    if (geteuid() == 0) {
        const passwd* pw = getpwnam("postgres");
        if (!pw)
            throw engine::Error("--dev-url tmp: PostgreSQL refuses to run as root, and there is no 'postgres' user to run "
                                "it as (apt-get install postgresql-15 creates one)");
        run_as_uid_ = pw->pw_uid;
        run_as_gid_ = pw->pw_gid;
    }
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/strata-dev.XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!mkdtemp(buffer.data())) throw engine::Error("--dev-url tmp: cannot create a temporary directory under " + pattern);
    dir_ = buffer.data();
    if (run_as_uid_ != 0 && chown(dir_.c_str(), run_as_uid_, run_as_gid_) != 0) {
        fs::remove_all(dir_);
        throw engine::Error("--dev-url tmp: cannot give " + dir_ + " to the postgres user");
    }
    const std::string data = dir_ + "/data";
    const std::string setup_log = dir_ + "/setup.log";  // initdb's and pg_ctl's output
    const std::string server_log = dir_ + "/server.log";  // written by the server itself
    auto fail = [&](const std::string& what) {
        std::string text = read_text(setup_log) + read_text(server_log);
        if (text.size() > 2000) text = "…" + text.substr(text.size() - 2000);
        const std::string message = "--dev-url tmp: " + what + " (" + bindir_ + "):\n" + text;
        stop();
        throw engine::Error(message);
    };
    if (run({bindir_ + "/initdb", "-D", data, "-U", "strata", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"},
            setup_log, run_as_uid_, run_as_gid_) != 0)
        fail("initdb failed");
    // No TCP port: only the socket in the private directory. Enough locks for a whole large schema
    // loaded in one transaction; durability is not needed.
    const std::string options = "-c listen_addresses= -k " + dir_ +
                                " -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                                "-c max_connections=20 -c max_locks_per_transaction=4096";
    started_ = true;  // from here on, stop() tries pg_ctl stop
    if (run({bindir_ + "/pg_ctl", "-D", data, "-l", server_log, "-w", "-t", "60", "-o", options, "start"}, setup_log,
            run_as_uid_, run_as_gid_) != 0)
        fail("the server did not start");
    conninfo_ = "host=" + dir_ + " port=5432 dbname=postgres user=strata";
}

void TemporaryServer::stop() noexcept {
    if (dir_.empty()) return;
    if (started_)
        run({bindir_ + "/pg_ctl", "-D", dir_ + "/data", "-m", "immediate", "-w", "stop"}, "/dev/null", run_as_uid_, run_as_gid_);
    started_ = false;
    std::error_code ec;
    fs::remove_all(dir_, ec);
    dir_.clear();
}

TemporaryServer::~TemporaryServer() { stop(); }

void TemporaryServer::add_roles_of(const std::string& target) const {
    introspect::Connection source(target);
    const auto roles = source.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_' ORDER BY rolname");
    introspect::Connection here(conninfo_);
    const auto present = here.query("SELECT rolname FROM pg_catalog.pg_roles");
    std::set<std::string> existing;
    for (int i = 0; i < present.rows(); ++i) existing.insert(present.get(i, 0));
    for (int i = 0; i < roles.rows(); ++i) {
        const std::string name = roles.get(i, 0);
        if (!existing.count(name)) here.execute("CREATE ROLE " + engine::quote_ident(name) + " NOLOGIN");
    }
}

}  // namespace app
