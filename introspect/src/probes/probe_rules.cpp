#include <regex>

#include "probe.hpp"

namespace introspect::probes {

namespace {

const char* const name_pattern = R"((?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*))";

// One name as written: quotes removed ("" is "), unquoted names folded to lower case.
engine::Ident ident_of(const std::string& written) {
    if (written.size() >= 2 && written.front() == '"')
        return engine::Ident(replaced(written.substr(1, written.size() - 2), "\"\"", "\""));
    return engine::Ident(engine::fold_identifier(written));
}

// The desired table or view `written` names, through the rule's search_path: the table, or
// nullptr with `name` set for a view, or nullptr with `name` empty when there is none.
const engine::Table* rule_table(const engine::Catalog& desired, const engine::RawObject& rule, const std::string& written,
                                engine::QualifiedName& name) {
    static const std::regex part(name_pattern);
    std::vector<engine::Ident> parts;
    for (auto it = std::sregex_iterator(written.begin(), written.end(), part); it != std::sregex_iterator(); ++it)
        parts.push_back(ident_of(it->str()));
    std::vector<engine::QualifiedName> candidates;
    if (parts.size() == 2) candidates.push_back({parts[0], parts[1]});
    if (parts.size() == 1) {
        for (const auto& schema : rule.search_path) candidates.push_back({schema, parts[0]});
        if (rule.search_path.empty()) candidates.push_back({engine::Ident("public"), parts[0]});
    }
    for (const auto& candidate : candidates) {
        name = candidate;
        if (const auto t = desired.tables.find(name); t != desired.tables.end()) return &t->second;
        if (desired.views.count(name)) return nullptr;
    }
    name = {};
    return nullptr;
}

}  // namespace

void probe_rules(Connection& connection, engine::Catalog& desired, int& probes) {
    static const std::regex header(std::string(R"(^\s*CREATE\s+(?:OR\s+REPLACE\s+)?RULE\s+()") + name_pattern +
                                       R"()\s+AS\s+ON\s+(?:SELECT|INSERT|UPDATE|DELETE)\s+TO\s+(?:ONLY\s+)?()" + name_pattern +
                                       R"((?:\s*\.\s*)" + name_pattern + R"()?))",
                                   std::regex::icase);
    for (auto& entry : desired.raw_objects) {
        engine::RawObject& rule = entry.second;
        if (rule.kind != "RULE") continue;
        std::smatch m;
        if (!std::regex_search(rule.sql, m, header)) continue;
        engine::QualifiedName table_name;
        const engine::Table* table = rule_table(desired, rule, m[2].str(), table_name);
        if (table_name.name.empty()) continue;
        const std::string probe = "strata_probe_" + std::to_string(++probes);
        with_savepoint(connection, rule.search_path, [&] {
            // A view's rule goes on a TEMP view of the live view's columns.
            if (table) create_bare_table(connection, *table, probe);
            else connection.execute("CREATE TEMP VIEW " + engine::quote_ident(probe) + " AS SELECT * FROM " + table_name.quoted());
            const std::string sql = rule.sql.substr(0, static_cast<std::size_t>(m.position(2))) + "pg_temp." +
                                    engine::quote_ident(probe) + rule.sql.substr(static_cast<std::size_t>(m.position(2) + m.length(2)));
            connection.execute(sql);
            connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
            Result def = connection.query(
                "SELECT n.nspname, pg_catalog.pg_get_ruledef(r.oid) FROM pg_catalog.pg_rewrite r "
                "JOIN pg_catalog.pg_class c ON c.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relname = $1 AND r.rulename = $2",
                {probe, ident_of(m[1].str()).str()});
            if (def.rows() != 1) return;
            // The table's own name back, qualified where the catalog qualifies it.
            std::string definition = unqualified_probe(def.get(0, 1), def.get(0, 0), probe, table_name.quoted());
            definition = replaced(definition, engine::quote_ident(probe), table_name.name.quoted());
            while (!definition.empty() && (definition.back() == ';' || definition.back() == '\n')) definition.pop_back();
            rule.sql = definition;
        });
    }
}

}  // namespace introspect::probes
