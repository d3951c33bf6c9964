#include "probe.hpp"

namespace introspect::probes {

void create_bare_table(Connection& connection, const engine::Table& table, const std::string& probe) {
    std::string sql = "CREATE TEMP TABLE " + engine::quote_ident(probe) + " (";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const engine::Column& c = table.columns[i];
        if (c.type.name.empty()) throw engine::Error("column without a type");
        sql += (i ? ", " : "") + c.name.quoted() + " " + c.type.sql();
        if (c.collation) sql += " COLLATE " + c.collation->quoted();
    }
    connection.execute(sql + ")");
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); !from.empty() && at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::string unqualified_probe(const std::string& text, const std::string& temp_schema, const std::string& probe,
                              const std::string& name) {
    // The deparsers print the temporary schema as pg_temp or by its own name (pg_temp_3).
    std::string out = replaced(text, engine::quote_ident(temp_schema) + "." + engine::quote_ident(probe), name);
    return replaced(out, "pg_temp." + engine::quote_ident(probe), name);
}

}  // namespace introspect::probes
