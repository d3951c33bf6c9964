#pragma once
// A libpq connection. Errors name host, port and database and never the password.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/diagnostic.hpp"

struct pg_conn;
struct pg_result;

namespace introspect {

// An error the server (or libpq) reported for a statement: `sqlstate` says which ("55P03" lock
// not available, "57014" canceled, "57P01" terminated; "" when the connection itself failed).
class DatabaseError : public engine::Error {
public:
    DatabaseError(std::string message, std::string sqlstate) : engine::Error(std::move(message)), sqlstate_(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return sqlstate_; }

private:
    std::string sqlstate_;
};

class Result {
public:
    explicit Result(pg_result* result);
    int rows() const;
    int columns() const;
    bool is_null(int row, int column) const;
    std::string get(int row, int column) const;  // "" for NULL
    std::optional<std::string> get_optional(int row, int column) const;
    int column_index(const char* name) const;  // throws when missing

private:
    std::shared_ptr<pg_result> result_;
};

class Connection {
public:
    // `target`: a postgres:// URL or a libpq conninfo string; "" uses the libpq environment.
    explicit Connection(const std::string& target);
    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    // Runs one statement; text parameters are passed out of line, never pasted into SQL.
    Result query(const std::string& sql, const std::vector<std::optional<std::string>>& params = {});
    // Runs one or more statements without parameters (a script).
    void execute(const std::string& sql);

    // A second connection to the same server, database and role, with the same settings.
    Connection sibling() const;

    // Sets a run-time parameter for the session (set_config, the value passed as a parameter).
    void set(const std::string& name, const std::string& value);
    // Whether the connection still works (false after the server ended it).
    bool alive() const;
    int backend_pid() const;
    int server_version() const;  // e.g. 150004
    // "host H port P database D" for messages; no user secrets.
    std::string describe() const;
    std::string database_name() const;
    std::size_t queries_run() const { return queries_run_; }

private:
    Connection() = default;
    void check_connected();
    std::string redact(std::string message) const;
    // Throws, naming the connection, unless `result` succeeded.
    Result checked(pg_result* result);

    pg_conn* conn_ = nullptr;
    std::string password_;  // only used to scrub it from messages
    std::size_t queries_run_ = 0;
};

// `target` (a URL or conninfo string) with its database replaced: a conninfo string whose values
// are quoted as libpq reads them. Throws engine::Error when `target` cannot be parsed.
std::string conninfo_with_database(const std::string& target, const std::string& database);

// Returns `text` with every password-like part of a URL or conninfo string masked.
std::string redact_conninfo(const std::string& text);

}  // namespace introspect
