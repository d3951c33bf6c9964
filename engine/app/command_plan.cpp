// strata plan --from SRC --to SRC --format text: the changes that take one state to the other,
// one line each (`+ table public.invoices`, `~ column public.users.email: type text → character
// varying(255)`), from the same diff drift uses. A live database on one side settles the file
// side's views and expressions, as drift does; two files are compared without a server, and
// stderr says where that comparison is approximate. The ordered SQL (--format sql, json) comes
// with the planner.
#include <fmt/core.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "compare_with_server.hpp"
#include "engine/version.hpp"
#include "exit_code.hpp"
#include "introspect/read_catalog.hpp"

namespace app {

namespace {

// A value on one line: white space squeezed, long values (view queries, bodies) cut at 100
// characters.
std::string one_line(const std::string& value) {
    if (value.empty()) return "not set";
    std::string out;
    for (char c : value) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.size() > 100) {
        out.resize(100);
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // whole UTF-8
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
        out += "…";
    }
    return out;
}

std::vector<std::string> text_lines(const Comparison& comparison) {
    std::vector<std::string> lines;
    for (const auto& p : comparison.problems)
        lines.push_back("! view " + p.view.quoted() + ": cannot be created from the desired query: " + p.message);
    for (const auto& c : comparison.changes.changes) {
        if (c.kind == planner::ChangeKind::added) {
            lines.push_back("+ " + c.object_kind + " " + c.path);
        } else if (c.kind == planner::ChangeKind::dropped) {
            lines.push_back("- " + c.object_kind + " " + c.path);
        } else {
            for (const auto& f : c.fields)
                lines.push_back("~ " + c.object_kind + " " + c.path + ": " + f.field + " " + one_line(f.from) + " → " +
                                one_line(f.to));
        }
    }
    return lines;
}

// Both sides loaded; a database side settles the file side against its server.
Comparison compare(const std::string& from, const std::string& to, const RunSettings& settings) {
    const bool from_db = is_database_source(from);
    const bool to_db = is_database_source(to);
    if (from_db != to_db) {
        introspect::Connection connection(from_db ? from : to);
        introspect::CatalogRead live = introspect::read_catalog(connection, {settings.exclude, settings.schemas});
        LoadedSource file = load_source(from_db ? to : from, settings);
        for (const auto& w : file.warnings) fmt::print(stderr, "{}\n", w);
        for (const auto& w : live.warnings) fmt::print(stderr, "{}\n", w);
        return compare_with_server(connection, live.catalog, file.catalog, from_db);
    }
    LoadedSource a = load_source(from, settings);
    LoadedSource b = load_source(to, settings);
    for (const auto& w : a.warnings) fmt::print(stderr, "{}\n", w);
    for (const auto& w : b.warnings) fmt::print(stderr, "{}\n", w);
    Comparison comparison;
    comparison.changes = planner::diff(a.catalog, b.catalog);
    if (!from_db && comparison.changes.approximate)
        fmt::print(stderr, "strata plan: no database on either side: view and rule bodies were compared as normalised "
                           "text, an approximate comparison (a URL on one side lets the server settle them)\n");
    return comparison;
}

}  // namespace

int plan(const Arguments& args, const RunSettings& settings) {
    for (const auto& [value, flag] : {std::pair{settings.from, "--from SRC"}, std::pair{settings.to, "--to SRC"}})
        if (!value || value->empty()) {
            fmt::print(stderr, "strata plan: needs {}\nRun 'strata plan --help' for usage.\n", flag);
            return exit_error;
        }
    const std::string format = args.value("--format").value_or("sql");
    if (format != "text") {
        fmt::print(stderr,
                   "strata plan: --format {} is not available yet in this build of strata {}: the ordered SQL comes "
                   "with the planner; --format text lists the changes\n",
                   format, engine::strata_version);
        return exit_error;
    }
    const std::vector<std::string> lines = text_lines(compare(*settings.from, *settings.to, settings));
    if (lines.empty()) fmt::print("-- no changes\n");
    for (const auto& line : lines) fmt::print("{}\n", line);
    return !lines.empty() && args.has("--exit-code") ? exit_differences : exit_ok;
}

}  // namespace app
