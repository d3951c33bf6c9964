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
#include "planner/renames.hpp"
#include "scratch_database.hpp"
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

// Both sides loaded, and compared; a database side settles the file side against its server.
struct Sides {
    engine::Catalog from;  // renamed as the desired state's annotations say (renames)
    engine::Catalog to;
    planner::Renames renames;
    engine::Catalog before_renames;  // `from` as read, when renames apply (what --verify loads)
    Comparison comparison;
};

// `-- strata:renamed-from`: `from` takes the desired names before the comparison.
planner::Renames rename_from(engine::Catalog& from, const engine::Catalog& to, engine::Catalog& before_renames) {
    if (!planner::declares_renames(to)) return {};
    engine::Catalog original = from;
    planner::Renames renames = planner::apply_renames(from, to);
    if (!renames.steps.empty()) before_renames = std::move(original);
    for (const auto& n : renames.notes) fmt::print(stderr, "{}\n", n);
    return renames;
}

// `from_db`: `from` names a database (a URL, or the conninfo of a scratch database).
Sides load_sides(const std::string& from, bool from_db, const std::string& to, const RunSettings& settings) {
    const bool to_db = is_database_source(to);
    Sides sides;
    if (from_db != to_db) {
        introspect::Connection connection(from_db ? from : to);
        introspect::CatalogRead live = introspect::read_catalog(connection, {settings.exclude, settings.schemas});
        LoadedSource file = load_source(from_db ? to : from, settings);
        for (const auto& w : file.warnings) fmt::print(stderr, "{}\n", w);
        for (const auto& w : live.warnings) fmt::print(stderr, "{}\n", w);
        sides.renames = from_db ? rename_from(live.catalog, file.catalog, sides.before_renames)
                                : rename_from(file.catalog, live.catalog, sides.before_renames);
        sides.comparison = compare_with_server(connection, live.catalog, file.catalog, from_db);
        sides.from = std::move(from_db ? live.catalog : file.catalog);
        sides.to = std::move(from_db ? file.catalog : live.catalog);
        return sides;
    }
    LoadedSource a = from_db ? load_database(from, settings) : load_source(from, settings);
    LoadedSource b = load_source(to, settings);
    for (const auto& w : a.warnings) fmt::print(stderr, "{}\n", w);
    for (const auto& w : b.warnings) fmt::print(stderr, "{}\n", w);
    sides.renames = rename_from(a.catalog, b.catalog, sides.before_renames);
    sides.comparison.changes = planner::diff(a.catalog, b.catalog);
    if (!from_db && sides.comparison.changes.approximate)
        fmt::print(stderr, "strata plan: no database on either side: view and rule bodies were compared as normalised "
                           "text, an approximate comparison (a URL on one side lets the server settle them)\n");
    sides.from = std::move(a.catalog);
    sides.to = std::move(b.catalog);
    return sides;
}

// Whether a table of the live `from` database has rows: one cheap EXISTS per table asked about,
// on a connection opened when first needed; unknown when it cannot be read.
planner::PlanOptions plan_options(const std::string& from, const planner::Renames& renames, bool online) {
    planner::PlanOptions options;
    options.renames = renames.steps;
    options.online = online;
    if (!is_database_source(from)) return options;
    auto connection = std::make_shared<std::optional<introspect::Connection>>();
    connection->emplace(from);
    const auto settings = (*connection)->query(
        "SELECT current_setting('max_locks_per_transaction'), current_setting('max_connections'), "
        "current_setting('max_prepared_transactions')");
    options.lock_budget = {std::stol(settings.get(0, 0)), std::stol(settings.get(0, 1)), std::stol(settings.get(0, 2)), true};
    options.table_has_rows = [connection, from](const engine::QualifiedName& table) -> std::optional<bool> {
        try {
            if (!*connection) connection->emplace(from);
            return (*connection)->query("SELECT EXISTS (SELECT 1 FROM " + table.quoted() + ")").get(0, 0) == "t";
        } catch (const std::exception&) {
            return std::nullopt;
        }
    };
    return options;
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
    if (settings.dev_url && *settings.dev_url == "tmp") {
        fmt::print(stderr, "strata plan: --dev-url tmp is not available yet: give the URL of a server where Strata may "
                           "create a scratch database\n");
        return exit_error;
    }
    // --verify runs on the --dev-url server, else on the server of a side that is a database.
    const std::string verify_server = settings.dev_url ? *settings.dev_url : from_db ? *settings.from : to_db ? *settings.to : "";
    if (verify && verify_server.empty()) {
        fmt::print(stderr, "strata plan: --verify needs --dev-url URL (a server where Strata may create a scratch "
                           "database) when neither side is a database\n");
        return exit_error;
    }
    // Two files and --dev-url: `from` is loaded into a scratch database there, so that its server
    // settles the comparison (views, expressions) exactly, as with a URL on one side.
    std::optional<ScratchDatabase> loaded_from;
    std::string from_source = *settings.from;
    if (settings.dev_url && !from_db && !to_db) {
        LoadedSource file = load_source(*settings.from, settings);
        for (const auto& w : file.warnings) fmt::print(stderr, "{}\n", w);
        loaded_from.emplace(*settings.dev_url, "plan");
        try {
            introspect::Connection scratch(loaded_from->target());
            scratch.execute("SET client_min_messages = warning");
            scratch.execute(planner::render_catalog_sql(file.catalog));
        } catch (const engine::Error& e) {
            throw engine::Error(std::string("--dev-url: ") + *settings.from + " could not be loaded into a scratch database: " + e.what());
        }
        from_source = loaded_from->target();
    }
    Sides sides = load_sides(from_source, from_db || loaded_from.has_value(), *settings.to, settings);
    if (format == "text") {
        const std::vector<std::string> lines = text_lines(sides.comparison, sides.renames);
        if (lines.empty()) fmt::print("-- no changes\n");
        for (const auto& line : lines) fmt::print("{}\n", line);
        return !lines.empty() && args.has("--exit-code") ? exit_differences : exit_ok;
    }
    // Desired views the server cannot create yet (they read what the plan creates) were compared
    // as text: when they differ, the plan re-creates them after what they read.
    const planner::Plan plan = planner::plan(sides.from, sides.to, sides.comparison.changes, plan_options(*settings.from, sides.renames, settings.online));
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
