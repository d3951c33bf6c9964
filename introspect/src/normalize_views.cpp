#include "introspect/normalize_views.hpp"

#include "engine/diagnostic.hpp"
#include "search_path_text.hpp"
#include "transaction.hpp"

namespace introspect {

namespace {

std::string column_list(const engine::View& view) {
    if (view.columns.empty()) return "";
    std::string out = " (";
    for (std::size_t i = 0; i < view.columns.size(); ++i) out += (i ? ", " : "") + view.columns[i].quoted();
    return out + ")";
}

}  // namespace

std::vector<ViewProblem> normalize_view_queries(Connection& connection, engine::Catalog& desired) {
    std::vector<ViewProblem> problems;
    if (desired.views.empty()) return problems;
    // Always rolled back: nothing is left behind.
    in_transaction(connection, "BEGIN", false, [&] {
        int probe = 0;
        for (auto& [name, view] : desired.views) {
            if (view.recursive) continue;
            const std::string probe_name = "strata_probe_" + std::to_string(++probe);
            // The query runs where the view was defined: its search_path, public by default. A
            // name the live view itself now shadows (a view `xml` reading ''::xml, created before it
            // existed) gets a second try with pg_catalog first.
            std::string failure;
            for (const std::string& path : {search_path_text(view.search_path), "pg_catalog, " + search_path_text(view.search_path)}) {
                connection.execute("SAVEPOINT strata_probe");
                try {
                    connection.query("SELECT pg_catalog.set_config('search_path', $1, true)", {path});
                    connection.execute("CREATE TEMP VIEW " + engine::quote_ident(probe_name) + column_list(view) + " AS " +
                                       view.query);
                    // Deparsed as the introspector reads live views: with an empty search_path.
                    connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
                    Result r = connection.query(
                        "SELECT pg_catalog.pg_get_viewdef(('pg_temp.' || $1)::pg_catalog.regclass)", {probe_name});
                    std::string text = r.get(0, 0);
                    while (!text.empty() && (text.back() == ';' || text.back() == '\n' || text.back() == ' ')) text.pop_back();
                    view.query = text;
                    connection.execute("ROLLBACK TO SAVEPOINT strata_probe");
                    failure.clear();
                    break;
                } catch (const engine::Error& e) {
                    connection.execute("ROLLBACK TO SAVEPOINT strata_probe");
                    if (failure.empty()) failure = e.what();
                }
            }
            if (!failure.empty()) problems.push_back({name, failure});
        }
    });
    return problems;
}

}  // namespace introspect
