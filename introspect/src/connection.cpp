#include "introspect/connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "engine/diagnostic.hpp"

namespace introspect {

namespace {

std::string trim_trailing_newlines(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    // libpq messages can span lines ("connection to server … failed: …\n\tIs the server running…").
    for (auto& c : s)
        if (c == '\n' || c == '\t') c = ' ';
    return s;
}

// The password as libpq would use it: from the conninfo/URL, else PGPASSWORD.
std::string find_password(const std::string& target) {
    std::string password;
    char* error = nullptr;
    if (PQconninfoOption* options = PQconninfoParse(target.c_str(), &error)) {
        for (PQconninfoOption* o = options; o->keyword; ++o)
            if (std::string(o->keyword) == "password" && o->val) password = o->val;
        PQconninfoFree(options);
    }
    if (error) PQfreemem(error);
    if (password.empty())
        if (const char* env = std::getenv("PGPASSWORD")) password = env;
    return password;
}

}  // namespace

std::string conninfo_with_database(const std::string& target, const std::string& database) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(target.c_str(), &error);
    if (!options) {
        std::string message = error ? trim_trailing_newlines(error) : "out of memory";
        if (error) PQfreemem(error);
        throw engine::Error("cannot read the connection string " + redact_conninfo(target) + ": " + message);
    }
    // key='value', with ' and \ escaped by a backslash (libpq's conninfo quoting).
    auto quoted = [](const std::string& value) {
        std::string out = "'";
        for (char c : value) {
            if (c == '\'' || c == '\\') out += '\\';
            out += c;
        }
        return out + "'";
    };
    std::string conninfo;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        const std::string keyword = o->keyword;
        if (keyword == "dbname" || !o->val || !*o->val) continue;
        conninfo += keyword + "=" + quoted(o->val) + " ";
    }
    PQconninfoFree(options);
    return conninfo + "dbname=" + quoted(database);
}

std::string redact_conninfo(const std::string& text) {
    std::string out = text;
    // postgres://user:secret@host → postgres://user:***@host
    for (std::size_t scheme = out.find("://"); scheme != std::string::npos; scheme = out.find("://", scheme + 3)) {
        const std::size_t start = scheme + 3;
        const std::size_t at = out.find('@', start);
        const std::size_t stop = out.find_first_of("/ \t", start);
        if (at == std::string::npos || (stop != std::string::npos && stop < at)) continue;
        const std::size_t colon = out.find(':', start);
        if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
    // password=secret, password = 'se cret' → password=***
    auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
    for (std::size_t i = 0; i + 8 <= out.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < 8 && match; ++k) match = lower(out[i + k]) == "password"[k];
        if (!match) continue;
        std::size_t j = i + 8;
        while (j < out.size() && out[j] == ' ') ++j;
        if (j >= out.size() || out[j] != '=') continue;
        ++j;
        while (j < out.size() && out[j] == ' ') ++j;
        std::size_t end = j;
        if (end < out.size() && out[end] == '\'') {
            for (++end; end < out.size() && out[end] != '\''; ++end)
                if (out[end] == '\\') ++end;
            end = std::min(end + 1, out.size());
        } else {
            while (end < out.size() && out[end] != ' ' && out[end] != '&') ++end;
        }
        out.replace(j, end - j, "***");
        i = j + 3;
    }
    return out;
}

Result::Result(pg_result* result) : result_(result, PQclear) {}
int Result::rows() const { return PQntuples(result_.get()); }
int Result::columns() const { return PQnfields(result_.get()); }
bool Result::is_null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
std::string Result::get(int row, int column) const {
    return std::string(PQgetvalue(result_.get(), row, column),
                       static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}
std::optional<std::string> Result::get_optional(int row, int column) const {
    if (is_null(row, column)) return std::nullopt;
    return get(row, column);
}
int Result::column_index(const char* name) const {
    int index = PQfnumber(result_.get(), name);
    if (index < 0) throw engine::Error(std::string("internal error: query result has no column ") + name);
    return index;
}

Connection::Connection(const std::string& target) : password_(find_password(target)) {
    conn_ = PQconnectdb(target.c_str());
    check_connected();
}

Connection Connection::sibling() const {
    // The options libpq settled on for this connection (password included), passed as arrays:
    // nothing is pasted into a conninfo string.
    std::vector<const char*> keywords, values;
    PQconninfoOption* options = PQconninfo(conn_);
    if (!options) throw engine::Error("cannot connect to PostgreSQL: out of memory");
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val) {
            keywords.push_back(o->keyword);
            values.push_back(o->val);
        }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    Connection other;
    other.password_ = password_;
    other.conn_ = PQconnectdbParams(keywords.data(), values.data(), 0);
    PQconninfoFree(options);
    other.check_connected();
    return other;
}

void Connection::check_connected() {
    if (!conn_) throw engine::Error("cannot connect to PostgreSQL: out of memory");
    if (PQstatus(conn_) != CONNECTION_OK) {
        std::string message = trim_trailing_newlines(PQerrorMessage(conn_));
        std::string where = describe();
        PQfinish(conn_);
        conn_ = nullptr;
        throw engine::Error("cannot connect to PostgreSQL (" + where + "): " + redact(message));
    }
}

Connection::Connection(Connection&& other) noexcept
    : conn_(other.conn_), password_(std::move(other.password_)), queries_run_(other.queries_run_) {
    other.conn_ = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (conn_) PQfinish(conn_);
        conn_ = other.conn_;
        password_ = std::move(other.password_);
        queries_run_ = other.queries_run_;
        other.conn_ = nullptr;
    }
    return *this;
}

Connection::~Connection() {
    if (conn_) PQfinish(conn_);
}

std::string Connection::redact(std::string message) const {
    message = redact_conninfo(message);
    if (!password_.empty()) {
        for (std::size_t at = message.find(password_); at != std::string::npos; at = message.find(password_, at))
            message.replace(at, password_.size(), "***");
    }
    return message;
}

std::string Connection::describe() const {
    if (!conn_) return "not connected";
    auto text = [](const char* s) { return std::string(s ? s : ""); };
    std::string host = text(PQhost(conn_));
    if (host.empty() || host.front() == '/') host = host.empty() ? "local socket" : "socket " + host;
    return "host " + host + " port " + text(PQport(conn_)) + " database " + text(PQdb(conn_));
}

namespace {

// STRATA_DEBUG_QUERIES=1: every statement's time and first line on stderr (for profiling the
// introspector; parameters are not printed).
class QueryTimer {
public:
    explicit QueryTimer(const std::string& sql) : sql_(sql), start_(std::chrono::steady_clock::now()) {}
    ~QueryTimer() {
        static const bool enabled = [] {
            const char* v = std::getenv("STRATA_DEBUG_QUERIES");
            return v && std::string(v) == "1";
        }();
        if (!enabled) return;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
        std::string head = sql_.substr(0, sql_.find_first_of("\n"));
        if (head.size() < 8) head = sql_.substr(0, 120);
        std::fprintf(stderr, "query %8.1f ms: %.100s\n", ms, head.c_str());
    }

private:
    const std::string& sql_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

Result Connection::query(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    ++queries_run_;
    const QueryTimer timer(sql);
    return checked(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                nullptr, 0));
}

Result Connection::checked(pg_result* raw) {
    Result result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::string message = trim_trailing_newlines(raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn_));
        if (message.rfind("ERROR:  ", 0) == 0) message.erase(0, 8);
        if (message.rfind("FATAL:  ", 0) == 0) message.erase(0, 8);
        const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
        throw DatabaseError(redact(message) + " (" + describe() + ")", state ? state : "");
    }
    return result;
}

void Connection::execute(const std::string& sql) {
    ++queries_run_;
    const QueryTimer timer(sql);
    checked(PQexec(conn_, sql.c_str()));
}

std::string Connection::database_name() const {
    const char* name = conn_ ? PQdb(conn_) : nullptr;
    return name ? name : "";
}

void Connection::set(const std::string& name, const std::string& value) {
    query("SELECT pg_catalog.set_config($1, $2, false)", {name, value});
}

bool Connection::alive() const { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

int Connection::backend_pid() const { return conn_ ? PQbackendPID(conn_) : 0; }

int Connection::server_version() const { return PQserverVersion(conn_); }

}  // namespace introspect
