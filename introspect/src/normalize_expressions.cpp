#include "introspect/normalize_expressions.hpp"

#include <algorithm>

#include "engine/diagnostic.hpp"
#include "parser/parse.hpp"
#include "probes/probe.hpp"
#include "transaction.hpp"

namespace introspect {

namespace {

using engine::quote_ident;

bool table_differs(const engine::Catalog& catalog, const engine::QualifiedName& name, const engine::Table& table,
                   const std::set<std::string>& paths) {
    const std::string path = name.quoted() + ".";
    for (const auto& c : table.columns)
        if ((c.default_value || c.generated) && paths.count(path + c.name.quoted())) return true;
    for (const auto& k : table.constraints)
        if (k.kind == engine::ConstraintKind::check && paths.count(path + k.name.quoted())) return true;
    for (auto it = catalog.policies.lower_bound({name, engine::Ident()}); it != catalog.policies.end() && it->first.table == name; ++it)
        if (paths.count(path + it->first.name.quoted())) return true;
    return false;
}

// CREATE TEMP TABLE with the desired columns (their types, defaults and generated expressions)
// and checks; then the table's policies. Throws when the server refuses.
void create_probe_table(Connection& connection, const engine::Catalog& catalog, const engine::QualifiedName& name,
                        const engine::Table& table, const std::string& probe) {
    std::string sql = "CREATE TEMP TABLE " + quote_ident(probe) + " (";
    bool first = true;
    for (const auto& c : table.columns) {
        if (c.type.name.empty()) throw engine::Error("column without a type");
        sql += (first ? "" : ", ") + c.name.quoted() + " " + c.type.sql();
        if (c.generated) sql += " GENERATED ALWAYS AS (" + c.generated->text + ") STORED";
        else if (c.default_value) sql += " DEFAULT " + c.default_value->text;
        first = false;
    }
    for (const auto& k : table.constraints)
        if (k.kind == engine::ConstraintKind::check)
            sql += (first ? "" : ", ") + std::string("CONSTRAINT ") + k.name.quoted() + " CHECK (" + k.check.text + ")";
    connection.execute(sql + ")");
    for (auto it = catalog.policies.lower_bound({name, engine::Ident()}); it != catalog.policies.end() && it->first.table == name; ++it) {
        const engine::Policy& p = it->second;
        std::string policy = "CREATE POLICY " + p.name.quoted() + " ON pg_temp." + quote_ident(probe) + " FOR " + p.command;
        if (p.using_expr) policy += " USING (" + p.using_expr->text + ")";
        if (p.check_expr) policy += " WITH CHECK (" + p.check_expr->text + ")";
        connection.execute(policy);
    }
}

// The probe as the catalog prints it, as SQL the parser reads the way it reads the introspector's
// script: the same expression trees on both sides.
std::string deparsed_probe(Connection& connection, const engine::Table& table, const std::string& probe) {
    const std::string oid = "('pg_temp.' || pg_catalog.quote_ident($1))::pg_catalog.regclass";
    std::map<std::string, std::string> generated;
    std::string alters;
    Result defaults = connection.query("SELECT a.attname, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attgenerated "
                                       "FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_attribute a "
                                       "ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = " + oid,
                                       {probe});
    for (int i = 0; i < defaults.rows(); ++i) {
        if (defaults.get(i, 2) == "s") generated[defaults.get(i, 0)] = defaults.get(i, 1);
        else alters += "ALTER TABLE ONLY probe ALTER COLUMN " + quote_ident(defaults.get(i, 0)) + " SET DEFAULT " +
                       defaults.get(i, 1) + ";\n";
    }
    Result checks = connection.query("SELECT conname, pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
                                     "WHERE contype = 'c' AND conrelid = " + oid, {probe});
    for (int i = 0; i < checks.rows(); ++i)
        alters += "ALTER TABLE probe ADD CONSTRAINT " + quote_ident(checks.get(i, 0)) + " " + checks.get(i, 1) + ";\n";
    Result policies = connection.query("SELECT polname, pg_catalog.pg_get_expr(polqual, polrelid), "
                                       "pg_catalog.pg_get_expr(polwithcheck, polrelid) FROM pg_catalog.pg_policy "
                                       "WHERE polrelid = " + oid, {probe});
    for (int i = 0; i < policies.rows(); ++i) {
        alters += "CREATE POLICY " + quote_ident(policies.get(i, 0)) + " ON probe";
        if (!policies.is_null(i, 1)) alters += " USING (" + policies.get(i, 1) + ")";
        if (!policies.is_null(i, 2)) alters += " WITH CHECK (" + policies.get(i, 2) + ")";
        alters += ";\n";
    }
    std::string sql = "CREATE TABLE probe (";
    bool first = true;
    for (const auto& c : table.columns) {
        sql += (first ? "" : ", ") + c.name.quoted() + " text";
        if (auto g = generated.find(c.name.str()); g != generated.end()) sql += " GENERATED ALWAYS AS (" + g->second + ") STORED";
        first = false;
    }
    return sql + ");\n" + alters;
}

// The desired table's expressions replaced by the probe's.
void take_expressions(engine::Catalog& desired, const engine::QualifiedName& name, const engine::Table& probe) {
    engine::Table& table = desired.tables.at(name);
    for (auto& c : table.columns) {
        for (const auto& p : probe.columns) {
            if (p.name != c.name) continue;
            if (c.default_value && p.default_value) c.default_value = p.default_value;
            if (c.generated && p.generated) c.generated = p.generated;
        }
    }
    for (auto& k : table.constraints)
        for (const auto& p : probe.constraints)
            if (k.kind == engine::ConstraintKind::check && p.name == k.name) k.check = p.check;
}

}  // namespace

void normalize_expressions(Connection& connection, engine::Catalog& desired, const std::set<std::string>& paths,
                           const std::function<std::string(const engine::Catalog&)>& catalog_sql) {
    using probes::with_savepoint;
    if (paths.empty()) return;
    in_transaction(connection, "BEGIN", false, [&] {
        int n = 0;
        for (const auto& entry : desired.tables) {
            const engine::QualifiedName& name = entry.first;
            const engine::Table& table = entry.second;
            if (table.foreign_server || !table_differs(desired, name, table, paths)) continue;
            const std::string probe = "strata_probe_" + std::to_string(++n);
            with_savepoint(connection, table.search_path, [&] {
                create_probe_table(connection, desired, name, table, probe);
                connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
                const std::string sql = deparsed_probe(connection, table, probe);
                parser::ParseResult parsed = parser::parse_sql(sql, "probe");
                const engine::QualifiedName probe_name{engine::Ident("public"), engine::Ident("probe")};
                const engine::Table& probed = parsed.catalog.tables.at(probe_name);
                take_expressions(desired, name, probed);
                for (auto it = desired.policies.lower_bound({name, engine::Ident()});
                     it != desired.policies.end() && it->first.table == name; ++it) {
                    auto p = parsed.catalog.policies.find({probe_name, it->first.name});
                    if (p == parsed.catalog.policies.end()) continue;
                    if (it->second.using_expr && p->second.using_expr) it->second.using_expr = p->second.using_expr;
                    if (it->second.check_expr && p->second.check_expr) it->second.check_expr = p->second.check_expr;
                }
            });
        }
        for (auto& entry : desired.functions) {
            const auto& key = entry.first;
            engine::Function& f = entry.second;
            if (!f.sql_standard_body || !paths.count(key)) continue;
            const std::string probe = "strata_probe_f" + std::to_string(++n);
            with_savepoint(connection, f.search_path, [&] {
                engine::Function copy = f;
                copy.name = {engine::Ident("pg_temp"), engine::Ident(probe)};
                copy.comment.reset();
                copy.owner.reset();
                engine::Catalog one;
                one.functions[copy.signature()] = copy;
                connection.execute(catalog_sql(one));
                connection.query("SELECT pg_catalog.set_config('search_path', '', true)");
                Result def = connection.query("SELECT pg_catalog.pg_get_functiondef(p.oid) FROM pg_catalog.pg_proc p "
                                              "WHERE p.pronamespace = pg_catalog.pg_my_temp_schema() AND p.proname = $1",
                                              {probe});
                if (def.rows() != 1) return;
                parser::ParseResult parsed = parser::parse_sql(def.get(0, 0), "probe");
                if (parsed.catalog.functions.size() == 1) f.body = parsed.catalog.functions.begin()->second.body;
            });
        }
        probes::probe_indexes(connection, desired, paths, catalog_sql, n);
        if (std::any_of(paths.begin(), paths.end(), [](const std::string& p) { return p.rfind("rule ", 0) == 0; }))
            probes::probe_rules(connection, desired, n);
    });
}

}  // namespace introspect
