#include "plan_inputs.hpp"

#include <fmt/core.h>

#include <memory>
#include <utility>

#include "commands.hpp"
#include "introspect/read_catalog.hpp"

namespace app {

namespace {

// `-- strata:renamed-from`: `from` takes the desired names before the comparison.
planner::Renames rename_from(engine::Catalog& from, const engine::Catalog& to, engine::Catalog& before_renames) {
    if (!planner::declares_renames(to)) return {};
    engine::Catalog original = from;
    planner::Renames renames = planner::apply_renames(from, to);
    if (!renames.steps.empty()) before_renames = std::move(original);
    for (const auto& n : renames.notes) fmt::print(stderr, "{}\n", n);
    return renames;
}

}  // namespace

Sides load_sides(const std::string& from, bool from_db, const std::string& to, const RunSettings& settings,
                 bool fingerprint_from) {
    const bool to_db = is_database_source(to);
    Sides sides;
    if (from_db != to_db) {
        introspect::Connection connection(from_db ? from : to);
        introspect::CatalogRead live = introspect::read_catalog(connection, {settings.exclude, settings.schemas});
        if (from_db && fingerprint_from) {
            sides.from_state = planner::fingerprint(live.catalog);
            sides.from_database = connection.describe();
        }
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
    if (from_db && fingerprint_from) {
        sides.from_state = planner::fingerprint(a.catalog);
        sides.from_database = a.description;
    }
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

// What the plan asks a live `from` database while it orders steps: the lock table's size, whether
// a table has rows (one cheap EXISTS per table asked about), a sequence's stored value; on one
// connection, an answer unknown when it cannot be read.
planner::PlanOptions plan_options(const std::string& from, const planner::Renames& renames, bool online) {
    planner::PlanOptions options;
    options.renames = renames.steps;
    options.online = online;
    if (!is_database_source(from)) return options;
    auto connection = std::make_shared<introspect::Connection>(from);
    const auto settings = connection->query(
        "SELECT current_setting('max_locks_per_transaction'), current_setting('max_connections'), "
        "current_setting('max_prepared_transactions')");
    options.lock_budget = {std::stol(settings.get(0, 0)), std::stol(settings.get(0, 1)), std::stol(settings.get(0, 2)), true};
    auto ask = [connection](const std::string& sql) -> std::optional<std::string> {
        try {
            const auto row = connection->query(sql);
            if (row.rows() == 0 || row.is_null(0, 0)) return std::nullopt;
            return row.get(0, 0);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    };
    options.table_has_rows = [ask](const engine::QualifiedName& table) -> std::optional<bool> {
        const auto answer = ask("SELECT EXISTS (SELECT 1 FROM " + table.quoted() + ")");
        if (!answer) return std::nullopt;
        return *answer == "t";
    };
    // pg_sequence_last_value is NULL until the first nextval; the stored value is then the start.
    options.sequence_value = [ask](const engine::QualifiedName& relation,
                                   const std::optional<engine::Ident>& column) -> std::optional<std::int64_t> {
        const std::string sequence =
            column ? "pg_catalog.pg_get_serial_sequence(" + engine::quote_literal(relation.quoted()) + ", " +
                         engine::quote_literal(column->str()) + ")"
                   : engine::quote_literal(relation.quoted());
        const auto answer =
            ask("SELECT COALESCE(pg_catalog.pg_sequence_last_value(s.seqrelid), s.seqstart) FROM pg_catalog.pg_sequence s "
                "WHERE s.seqrelid = (" + sequence + ")::pg_catalog.regclass");
        if (!answer) return std::nullopt;
        return std::stoll(*answer);
    };
    return options;
}

}  // namespace app
