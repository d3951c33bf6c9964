// strata plan --from SRC --to SRC: the SQL script (--format sql, the default), the same steps as
// JSON, or the change list (--format text: `+ table public.invoices`, `~ column public.users.email:
// type text → character varying(255)`), all from the diff drift uses. A live database on one side
// settles the file side's views and expressions, as drift does; two files are compared without a
// server, and stderr says where that comparison is approximate. Destructive steps without
// --allow-destructive are commented out, listed on stderr, and the exit code is 3.
#include <fmt/core.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "compare_with_server.hpp"
#include "engine/version.hpp"
#include "exit_code.hpp"
#include "introspect/read_catalog.hpp"
#include "planner/plan.hpp"
#include "planner/render_catalog.hpp"
#include "plan_inputs.hpp"
#include "planner/renames.hpp"
#include "desired_database.hpp"
#include "scratch_database.hpp"
#include "temporary_server.hpp"
#include "verify_plan.hpp"

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

std::vector<std::string> text_lines(const Comparison& comparison, const planner::Renames& renames) {
    std::vector<std::string> lines = renames.summary;
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

}  // namespace

int plan(const Arguments& args, const RunSettings& settings) {
    for (const auto& [value, flag] : {std::pair{settings.from, "--from SRC"}, std::pair{settings.to, "--to SRC"}})
        if (!value || value->empty()) {
            fmt::print(stderr, "strata plan: needs {}\nRun 'strata plan --help' for usage.\n", flag);
            return exit_error;
        }
    const std::string format = args.value("--format").value_or("sql");
    if (format != "text" && format != "sql" && format != "json") {
        fmt::print(stderr, "strata plan: unknown --format {} (sql, json or text)\n", format);
        return exit_error;
    }
    const bool verify = args.has("--verify");
    const bool from_db = is_database_source(*settings.from);
    const bool to_db = is_database_source(*settings.to);
    // --dev-url tmp: a throwaway server of our own, for as long as the command runs.
    std::optional<TemporaryServer> temporary;
    std::optional<std::string> dev_url = settings.dev_url;
    if (dev_url && *dev_url == "tmp") {
        dev_url = temporary.emplace().conninfo();
        if (from_db || to_db) temporary->add_roles_of(from_db ? *settings.from : *settings.to);
    }
    // --verify runs on the --dev-url server, else on the server of a side that is a database.
    const std::string verify_server = dev_url ? *dev_url : from_db ? *settings.from : to_db ? *settings.to : "";
    if (verify && verify_server.empty()) {
        fmt::print(stderr, "strata plan: --verify needs --dev-url URL|tmp (a server where Strata may create a scratch "
                           "database) when neither side is a database\n");
        return exit_error;
    }
    // --dev-url: a side that is a file is executed in a scratch database there and read back, so
    // that both sides come from the catalog and compare exactly, views included. A desired state
    // that declares renames is kept as parsed (the annotations live in the file) and settled by
    // the server instead.
    std::unique_ptr<ScratchDatabase> loaded_from, loaded_to;
    std::string from_source = *settings.from;
    std::string to_source = *settings.to;
    if (dev_url && !from_db) {
        LoadedSource file = load_source(*settings.from, settings);
        for (const auto& w : file.warnings) fmt::print(stderr, "{}\n", w);
        loaded_from = load_desired(*dev_url, file.catalog, "plan_from", *settings.from);
        from_source = loaded_from->target();
    }
    if (dev_url && !to_db) {
        LoadedSource file = load_source(*settings.to, settings);
        if (!planner::declares_renames(file.catalog)) {
            for (const auto& w : file.warnings) fmt::print(stderr, "{}\n", w);
            loaded_to = load_desired(*dev_url, file.catalog, "plan_to", *settings.to);
            to_source = loaded_to->target();
        }
    }
    // A saved JSON plan carries the fingerprint of the user's database, for `apply --plan`.
    Sides sides = load_sides(from_source, from_db || loaded_from, to_source, settings, from_db && format == "json");
    if (format == "text") {
        const std::vector<std::string> lines = text_lines(sides.comparison, sides.renames);
        if (lines.empty()) fmt::print("-- no changes\n");
        for (const auto& line : lines) fmt::print("{}\n", line);
        return !lines.empty() && args.has("--exit-code") ? exit_differences : exit_ok;
    }
    // Desired views the server cannot create yet (they read what the plan creates) were compared
    // as text: when they differ, the plan re-creates them after what they read.
    planner::Plan plan = planner::plan(sides.from, sides.to, sides.comparison.changes, plan_options(*settings.from, sides.renames, settings.online));
    if (from_db) {  // the user's database, not a scratch one: `apply --plan` checks it still matches
        plan.from_state = std::move(sides.from_state);
        plan.from_database = sides.from_database;
    }
    const bool allow = settings.allow_destructive;
    if (verify) {
        const engine::Catalog& current = sides.renames.steps.empty() ? sides.from : sides.before_renames;
        const Verification v = verify_plan(verify_server, current, sides.to, plan, settings);
        if (!v.proven) {
            fmt::print(stderr, "strata plan: --verify: the plan does not hold on a scratch copy of the current state; not printed:\n");
            for (const auto& p : v.problems) fmt::print(stderr, "  {}\n", p);
            return exit_error;
        }
        fmt::print(stderr, "strata plan: --verify: applied whole to a scratch copy of the current state{}, the plan leaves "
                           "no difference\n",
                   allow || planner::blocked_steps(plan).empty() ? "" : " (blocked steps included)");
    }
    fmt::print("{}", format == "json" ? planner::plan_json(plan, allow) : planner::plan_sql(plan, allow));
    const std::vector<std::string> blocked = allow ? std::vector<std::string>{} : planner::blocked_steps(plan);
    if (!blocked.empty()) {
        fmt::print(stderr, "strata plan: {} destructive step{} blocked (commented out; --allow-destructive emits them):\n",
                   blocked.size(), blocked.size() == 1 ? "" : "s");
        for (const auto& b : blocked) fmt::print(stderr, "  {}\n", b);
        return exit_blocked;
    }
    return !plan.empty() && args.has("--exit-code") ? exit_differences : exit_ok;
}

}  // namespace app
