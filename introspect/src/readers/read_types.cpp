// CREATE TYPE … AS ENUM / AS (…) / AS RANGE, and CREATE DOMAIN.
#include "../text_array.hpp"
#include "reader.hpp"

namespace introspect {

namespace {

std::string type_condition(const char* kind) {
    return std::string("t.typtype = '") + kind + "' AND " + sql::user_schema() + " AND " +
           sql::not_extension_member("pg_type", "t.oid");
}

const char* const type_from =
    " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE ";

}  // namespace

void read_enums(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, t.typname, (SELECT pg_catalog.array_agg(e.enumlabel ORDER BY e.enumsortorder) "
        "FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) AS labels" +
        std::string(type_from) + type_condition("e") + " ORDER BY t.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["typname"])) return;
        std::string labels;
        if (!row.null("labels"))
            for (const auto& label : parse_text_array(row["labels"])) {
                if (!labels.empty()) labels += ", ";
                labels += engine::quote_literal(label.value_or(""));
            }
        context.script.add(Phase::type,
                           "CREATE TYPE " + qualified(row["nspname"], row["typname"]) + " AS ENUM (" + labels + ")");
    });
}

void read_composite_types(ReadContext& context) {
    // One row per attribute; a composite type without attributes has one row of NULLs.
    const std::string sql =
        "SELECT n.nspname, t.typname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, " +
        sql::collation_columns("a.attcollation <> at.typcollation") +
        " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
        "JOIN pg_catalog.pg_class r ON r.oid = t.typrelid AND r.relkind = 'c' "
        "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "LEFT JOIN pg_catalog.pg_type at ON at.oid = a.atttypid" +
        sql::collation_join("a.attcollation") + "WHERE " +
        type_condition("c") + " ORDER BY t.oid, a.attnum";
    std::string current, body;
    auto flush = [&] {
        if (!current.empty()) context.script.add(Phase::type, "CREATE TYPE " + current + " AS (" + body + ")");
        current.clear();
        body.clear();
    };
    std::string last_key;
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["typname"])) return;
        const std::string name = qualified(row["nspname"], row["typname"]);
        if (name != current) {
            flush();
            current = name;
        }
        if (row.null("attname")) return;
        if (!body.empty()) body += ", ";
        body += quoted(row["attname"]) + " " + row["type"] + collate_clause(row);
    });
    flush();
}

void read_range_types(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, t.typname, pg_catalog.format_type(r.rngsubtype, NULL) AS subtype, "
        "CASE WHEN NOT oc.opcdefault THEN ocn.nspname END AS opcschema, "
        "CASE WHEN NOT oc.opcdefault THEN oc.opcname END AS opcname, " +
        sql::collation_columns("r.rngcollation <> 0 AND r.rngcollation <> st.typcollation") + ", "
        "CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END AS canonical, "
        "CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END AS subdiff" +
        std::string(" FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
                    "JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid "
                    "JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype "
                    "JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc "
                    "JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace") +
        sql::collation_join("r.rngcollation") + "WHERE " +
        type_condition("r") + " ORDER BY t.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["typname"])) return;
        std::string options = "subtype = " + row["subtype"];
        if (!row.null("opcname")) options += ", subtype_opclass = " + qualified(row["opcschema"], row["opcname"]);
        if (!row.null("collname")) options += ", collation = " + qualified(row["collschema"], row["collname"]);
        if (!row.null("canonical")) options += ", canonical = " + row["canonical"];
        if (!row.null("subdiff")) options += ", subtype_diff = " + row["subdiff"];
        context.script.add(Phase::type,
                           "CREATE TYPE " + qualified(row["nspname"], row["typname"]) + " AS RANGE (" + options + ")");
    });
}

void read_domains(ReadContext& context) {
    // A domain's checks come in the same query, as three aligned arrays.
    const std::string sql =
        "SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull, "
        "t.typdefault, k.names, k.valid, k.definitions, " +
        sql::collation_columns("t.typcollation <> bt.typcollation") +
        " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
        "JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype" +
        sql::collation_join("t.typcollation") +
        std::string("LEFT JOIN LATERAL (SELECT pg_catalog.array_agg(c.conname ORDER BY c.conname COLLATE \"C\") AS names, "
                    "pg_catalog.array_agg(c.convalidated ORDER BY c.conname COLLATE \"C\") AS valid, "
                    "pg_catalog.array_agg(pg_catalog.pg_get_constraintdef(c.oid) ORDER BY c.conname COLLATE \"C\") "
                    "AS definitions FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') k "
                    "ON true WHERE ") +
        type_condition("d") + " ORDER BY t.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["typname"])) return;
        const std::string name = qualified(row["nspname"], row["typname"]);
        std::string statement = "CREATE DOMAIN " + name + " AS " + row["base"] + collate_clause(row);
        if (!row.null("typdefault")) statement += " DEFAULT " + row["typdefault"];
        if (row.flag("typnotnull")) statement += " NOT NULL";
        std::vector<std::string> not_valid;
        if (!row.null("names")) {
            const auto names = parse_text_array(row["names"]);
            const auto valid = parse_text_array(row["valid"]);
            const auto definitions = parse_text_array(row["definitions"]);
            for (std::size_t i = 0; i < names.size() && i < valid.size() && i < definitions.size(); ++i) {
                const std::string constraint = " CONSTRAINT " + quoted(names[i].value_or("")) + " " + definitions[i].value_or("");
                if (valid[i] == std::optional<std::string>("t"))
                    statement += constraint;
                else
                    not_valid.push_back("ALTER DOMAIN " + name + " ADD" + constraint);
            }
        }
        context.script.add(Phase::type, statement);
        for (const auto& alter : not_valid) context.script.add(Phase::check_constraint, alter);
    });
}

}  // namespace introspect
