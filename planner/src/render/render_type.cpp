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

// Type names that attribute or base types mention, for ordering composites and domains.
std::string type_text(const engine::TypeName& type) { return type.schema.str() + " " + type.name; }

}  // namespace

void render_types(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, type] : catalog.enums) {
        out.push_back(enum_sql(type));
        out.back().object = keys::type(name);
    }

    // Ranges, composites and domains may use each other; order them by what they mention.
    std::vector<const engine::RangeType*> ranges;
    std::vector<const engine::CompositeType*> composites;
    std::vector<const engine::Domain*> domains;
    std::vector<std::string> names;
    std::vector<std::string> texts;
    for (const auto& [name, type] : catalog.ranges) {
        ranges.push_back(&type);
        names.push_back(name.name.str());
        std::string text;
        for (const auto& [key, value] : type.options) text += value + " ";
        texts.push_back(std::move(text));
    }
    for (const auto& [name, type] : catalog.composites) {
        composites.push_back(&type);
        names.push_back(name.name.str());
        std::string text;
        for (const auto& attribute : type.attributes) text += type_text(attribute.type) + " ";
        texts.push_back(std::move(text));
    }
    for (const auto& [name, domain] : catalog.domains) {
        if (domain_over_rowtype(catalog, domain)) continue;  // after the tables
        domains.push_back(&domain);
        names.push_back(name.name.str());
        texts.push_back(type_text(domain.base_type));
    }
    std::vector<OrderItem> items(names.size());
    link_mentions(items, names, texts);
    for (std::size_t i : creation_sequence(items)) {
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
