#include "drop_sql.hpp"

#include <cctype>

#include "../render/render_parts.hpp"

namespace planner::plan_parts {

namespace {

// The object's name as its CREATE statement writes it: after "CREATE [OR REPLACE] <kind>
// [IF NOT EXISTS]", identifiers, quoted identifiers and dots.
std::optional<std::string> name_in_create(const engine::RawObject& raw) {
    const std::string& sql = raw.sql;
    const std::string upper_sql = render::upper(sql);
    const std::string kind = render::upper(raw.kind);
    auto at = upper_sql.find(kind);
    if (at == std::string::npos) return std::nullopt;
    std::size_t i = at + kind.size();
    auto skip_space = [&] {
        while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
    };
    skip_space();
    if (upper_sql.compare(i, 13, "IF NOT EXISTS") == 0) {
        i += 13;
        skip_space();
    }
    const std::size_t start = i;
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '"') {
            const auto close = sql.find('"', i + 1);
            if (close == std::string::npos) return std::nullopt;
            i = close + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$' ||
                   static_cast<unsigned char>(c) >= 0x80) {
            ++i;
        } else {
            break;
        }
    }
    if (i == start) return std::nullopt;
    return sql.substr(start, i - start);
}

std::optional<std::string> raw_drop_sql(const engine::RawObject& raw) {
    const std::string kind = render::upper(raw.kind);
    if (kind.find("DEFAULT PRIVILEGES") != std::string::npos || kind == "COMMENT" || kind == "SECURITY LABEL")
        return std::nullopt;
    if (kind == "RULE") {  // identity "r on public.t"
        const auto on = raw.identity.find(" on ");
        if (on == std::string::npos) return std::nullopt;
        return "DROP RULE " + raw.identity.substr(0, on) + " ON " + raw.identity.substr(on + 4);
    }
    // Kinds identified by their arguments keep the identity; the others are named as created.
    if (kind == "AGGREGATE" || kind == "OPERATOR" || kind == "CAST" || kind.rfind("OPERATOR ", 0) == 0)
        return "DROP " + kind + " " + raw.identity;
    const auto name = name_in_create(raw);
    if (!name) return std::nullopt;
    return "DROP " + kind + " " + *name;
}

}  // namespace

std::optional<std::string> drop_sql(const ObjectRef& ref) {
    if (ref.schema) return "DROP SCHEMA " + ref.schema_name->quoted();
    if (ref.extension) return "DROP EXTENSION " + ref.schema_name->quoted();
    if (ref.enum_type) return "DROP TYPE " + ref.enum_type->name.quoted();
    if (ref.composite) return "DROP TYPE " + ref.composite->name.quoted();
    if (ref.range) return "DROP TYPE " + ref.range->name.quoted();
    if (ref.domain) return "DROP DOMAIN " + ref.domain->name.quoted();
    if (ref.sequence) return "DROP SEQUENCE " + ref.sequence->name.quoted();
    if (ref.column) return render::alter_table_sql(*ref.table, false) + " DROP COLUMN " + ref.column->name.quoted();
    if (ref.constraint)
        return render::alter_table_sql(*ref.table, false) + " DROP CONSTRAINT " + ref.constraint->name.quoted();
    if (ref.table) return std::string("DROP ") + (ref.table->foreign_server ? "FOREIGN " : "") + "TABLE " + ref.table->name.quoted();
    if (ref.index) return "DROP INDEX " + ref.index->name.quoted();
    if (ref.view) return std::string("DROP ") + (ref.view->materialized ? "MATERIALIZED " : "") + "VIEW " + ref.view->name.quoted();
    if (ref.function) return std::string("DROP ") + (ref.function->is_procedure ? "PROCEDURE " : "FUNCTION ") + ref.function->signature();
    if (ref.trigger) return "DROP TRIGGER " + ref.trigger->name.quoted() + " ON " + ref.trigger->table.quoted();
    if (ref.policy) return "DROP POLICY " + ref.policy->name.quoted() + " ON " + ref.policy->table.quoted();
    if (ref.raw) return raw_drop_sql(*ref.raw);
    return std::nullopt;
}

}  // namespace planner::plan_parts
