#include "drop_sql.hpp"

#include "../render/render_parts.hpp"

namespace planner::plan_parts {

namespace {

std::optional<std::string> raw_drop_sql(const engine::RawObject& raw) {
    const std::string kind = render::upper(raw.kind);
    if (kind.find("DEFAULT PRIVILEGES") != std::string::npos || kind == "COMMENT" || kind == "SECURITY LABEL")
        return std::nullopt;
    if (kind == "RULE") {  // identity "r on public.t"
        const auto on = raw.identity.find(" on ");
        if (on == std::string::npos) return std::nullopt;
        return "DROP RULE " + raw.identity.substr(0, on) + " ON " + raw.identity.substr(on + 4);
    }
    return "DROP " + kind + " " + raw.identity;
}

}  // namespace

std::optional<std::string> drop_sql(const ObjectRef& ref) {
    if (ref.schema) return "DROP SCHEMA " + ref.schema_name.quoted();
    if (ref.extension) return "DROP EXTENSION " + ref.schema_name.quoted();
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
