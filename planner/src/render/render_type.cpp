// User-defined types: enums, ranges, then composites and domains, each of those after the
// composites and domains it is built from.
#include <fmt/format.h>

#include <algorithm>

#include "render_parts.hpp"

namespace planner::render {

namespace {

std::string enum_sql(const engine::EnumType& type) {
    std::string labels;
    for (const auto& label : type.labels) labels += (labels.empty() ? "" : ", ") + engine::quote_literal(label);
    return fmt::format("CREATE TYPE {} AS ENUM ({})", type.name.quoted(), labels);
}

std::string range_sql(const engine::RangeType& type) {
    // Values are type and function names as written (subtype = float8, canonical = f).
    std::string options;
    for (const auto& [key, value] : type.options) options += (options.empty() ? "" : ", ") + key + " = " + value;
    return fmt::format("CREATE TYPE {} AS RANGE ({})", type.name.quoted(), options);
}

std::string composite_sql(const engine::CompositeType& type) {
    std::string sql = "CREATE TYPE " + type.name.quoted() + " AS (";
    for (std::size_t i = 0; i < type.attributes.size(); ++i) {
        const auto& attribute = type.attributes[i];
        sql += (i ? ",\n    " : "\n    ") + attribute.name.quoted() + " " + attribute.type.sql();
        if (attribute.collation) sql += " COLLATE " + attribute.collation->quoted();
    }
    return sql + (type.attributes.empty() ? ")" : "\n)");
}

std::string domain_check_sql(const engine::DomainCheck& check) {
    std::string sql = check.name.empty() ? "" : "CONSTRAINT " + check.name.quoted() + " ";
    return sql + "CHECK (" + expr_sql(check.check) + ")";
}

// A check that calls a function of this schema waits for the functions (render_late_domain_checks).
bool check_calls_catalog_function(const engine::Catalog& catalog, const engine::DomainCheck& check) {
    const std::set<std::string> words = words_of(check.check.text, false);
    return std::any_of(catalog.functions.begin(), catalog.functions.end(),
                       [&](const auto& entry) { return words.count(entry.second.name.name.str()) > 0; });
}

bool check_is_late(const engine::Catalog& catalog, const engine::DomainCheck& check) {
    return check.not_valid || check_calls_catalog_function(catalog, check);
}

void render_domain(const engine::Catalog& catalog, const engine::Domain& domain, Statements& out) {
    std::string sql = "CREATE DOMAIN " + domain.name.quoted() + " AS " + domain.base_type.sql();
    if (domain.collation) sql += " COLLATE " + domain.collation->quoted();
    if (domain.default_value) sql += " DEFAULT " + default_sql(*domain.default_value);
    if (domain.not_null) sql += " NOT NULL";
    for (const auto& check : domain.checks)
        if (!check_is_late(catalog, check)) sql += "\n    " + domain_check_sql(check);
    out.push_back({std::move(sql), domain.search_path});
    out.back().object = keys::domain(domain.name);
}

}  // namespace

void render_types(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, type] : catalog.enums) {
        out.push_back(enum_sql(type));
        out.back().object = keys::type(name);
    }

    // Ranges, composites and domains may use each other: a composite needs its attributes'
    // types, a domain its base type (exact names; an unresolved one, any type of that name); a
    // range's options are text, so it mentions its subtype.
    std::vector<const engine::RangeType*> ranges;
    std::vector<const engine::CompositeType*> composites;
    std::vector<const engine::Domain*> domains;
    std::vector<std::string> names;
    std::vector<std::string> texts;
    std::vector<std::vector<const engine::TypeName*>> uses;
    std::vector<OrderName> labels;
    for (const auto& [name, type] : catalog.ranges) {
        ranges.push_back(&type);
        names.push_back(name.name.str());
        std::string text;
        for (const auto& [key, value] : type.options) text += value + " ";
        texts.push_back(std::move(text));
        uses.emplace_back();
        labels.push_back({"type " + name.quoted(), type.where});
    }
    for (const auto& [name, type] : catalog.composites) {
        composites.push_back(&type);
        names.push_back(name.name.str());
        texts.emplace_back();
        uses.emplace_back();
        for (const auto& attribute : type.attributes) uses.back().push_back(&attribute.type);
        labels.push_back({"type " + name.quoted(), type.where});
    }
    for (const auto& [name, domain] : catalog.domains) {
        if (domain_over_rowtype(catalog, domain)) continue;  // after the tables
        domains.push_back(&domain);
        names.push_back(name.name.str());
        texts.emplace_back();
        uses.push_back({&domain.base_type});
        labels.push_back({"domain " + name.quoted(), domain.where});
    }
    std::vector<OrderItem> items(names.size());
    const ItemsByName by_name = items_by_name(names);
    link_mentions(items, by_name, texts);
    auto schema_of = [&](std::size_t i) -> const engine::Ident& {
        if (i < ranges.size()) return ranges[i]->name.schema;
        if (i < ranges.size() + composites.size()) return composites[i - ranges.size()]->name.schema;
        return domains[i - ranges.size() - composites.size()]->name.schema;
    };
    for (std::size_t i = 0; i < items.size(); ++i)
        for (const engine::TypeName* type : uses[i])
            if (auto it = by_name.find(type->name); it != by_name.end())
                for (std::size_t j : it->second)
                    if (type->schema.empty() || type->schema == schema_of(j)) items[i].needs.push_back(j);
    for (std::size_t i : creation_sequence(items, [&](std::size_t k) { return labels[k]; })) {
        if (i < ranges.size()) {
            out.push_back(range_sql(*ranges[i]));
            out.back().object = keys::type(ranges[i]->name);
        } else if (i < ranges.size() + composites.size()) {
            out.push_back(composite_sql(*composites[i - ranges.size()]));
            out.back().object = keys::type(composites[i - ranges.size()]->name);
        } else {
            render_domain(catalog, *domains[i - ranges.size() - composites.size()], out);
        }
    }
}

bool domain_over_rowtype(const engine::Catalog& catalog, const engine::Domain& domain) {
    const engine::QualifiedName base{domain.base_type.schema, engine::Ident(domain.base_type.name)};
    return !domain.base_type.schema.empty() && (catalog.tables.count(base) || catalog.views.count(base));
}

namespace {

// CREATE DOMAIN has no NOT VALID, so such checks are added afterwards, as pg_dump does.
void render_late_checks_of(const engine::Catalog& catalog, const engine::Domain& domain, Statements& out) {
    for (const auto& check : domain.checks)
        if (check_is_late(catalog, check)) {
            out.push_back({"ALTER DOMAIN " + domain.name.quoted() + " ADD " + domain_check_sql(check) +
                               (check.not_valid ? " NOT VALID" : ""),
                           domain.search_path});
            out.back().object = keys::domain(domain.name);
        }
}

}  // namespace

void render_rowtype_domains(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, domain] : catalog.domains) {
        if (!domain_over_rowtype(catalog, domain)) continue;
        render_domain(catalog, domain, out);
        render_late_checks_of(catalog, domain, out);
    }
}

void render_late_domain_checks(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, domain] : catalog.domains)
        if (!domain_over_rowtype(catalog, domain)) render_late_checks_of(catalog, domain, out);
}

}  // namespace planner::render
