#pragma once
// `--dev-url tmp`: a throwaway PostgreSQL started from the locally installed server binaries
// (pg_config --bindir, PATH, /usr/lib/postgresql/*/bin; STRATA_PG_BINDIR first), with no Docker
// and no network: initdb into a fresh temporary directory, a unix socket in that directory and no
// TCP port, stopped and removed when the object goes away. PostgreSQL refuses to run as root, so
// as root it runs as the `postgres` user that Debian's package creates.
#include <string>

namespace app {

class TemporaryServer {
public:
    // Throws engine::Error saying what is missing or what failed (with the server's log).
    TemporaryServer();
    ~TemporaryServer();
    TemporaryServer(const TemporaryServer&) = delete;
    TemporaryServer& operator=(const TemporaryServer&) = delete;

    // A conninfo string for its `postgres` database.
    const std::string& conninfo() const { return conninfo_; }

    // Roles are cluster-wide, so a fresh server lacks those a desired state grants to or names in
    // a policy: the roles of the database `target` (a URL or conninfo string) are created here,
    // NOLOGIN, names only.
    void add_roles_of(const std::string& target) const;

private:
    void stop() noexcept;  // stops the server and removes the directory

    std::string bindir_;
    std::string dir_;
    std::string conninfo_;
    unsigned run_as_uid_ = 0;  // 0: the current user
    unsigned run_as_gid_ = 0;
    bool started_ = false;
};

}  // namespace app
