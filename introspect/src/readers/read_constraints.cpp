// Table constraints. Valid local CHECKs go inline into CREATE TABLE (read_table_checks);
// primary keys, unique and exclusion constraints, NOT VALID checks and foreign keys follow as
// ALTER TABLE … ADD CONSTRAINT in the phases pg_dump uses. Foreign keys a partition cloned from
// its parent (conparentid ≠ 0) and checks a child inherited are recreated by the server and
// left out.
#include "table_constraints.hpp"

namespace introspect {

namespace {

std::string constraint_query(const std::string& types, const std::string& condition) {
    return "SELECT k.conrelid, n.nspname, c.relname, c.relkind, k.conname, k.contype, k.convalidated, "
           "pg_catalog.pg_get_constraintdef(k.oid) AS definition "
           "FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid "
           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "WHERE k.contype IN (" + types + ") AND c.relkind IN ('r', 'p', 'f') AND " + condition + " AND " +
           sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") +
           " ORDER BY k.conrelid, k.conname COLLATE \"C\"";
}

}  // namespace

std::map<std::string, std::vector<std::string>> read_table_checks(ReadContext& context) {
    std::map<std::string, std::vector<std::string>> checks;
    for_each_row(context, constraint_query("'c'", "k.conislocal"), [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        const std::string constraint = "CONSTRAINT " + quoted(row["conname"]) + " " + row["definition"];
        if (row.flag("convalidated"))
            checks[row["conrelid"]].push_back(constraint);
        else
            context.script.add(Phase::check_constraint,
                               "ALTER TABLE " + qualified(row["nspname"], row["relname"]) + " ADD " + constraint);
    });
    return checks;
}

void read_constraints(ReadContext& context) {
    // Keys as pg_dump writes them: on every table with ONLY, a partition's included (its index
    // is attached to the parent's by read_indexes).
    for_each_row(context, constraint_query("'p', 'u', 'x'", "true"), [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        context.script.add(Phase::key_constraint, "ALTER TABLE ONLY " + qualified(row["nspname"], row["relname"]) +
                                                      " ADD CONSTRAINT " + quoted(row["conname"]) + " " + row["definition"]);
    });
    // Foreign keys: a partitioned table's reaches its partitions (no ONLY), whose clones are left out.
    for_each_row(context, constraint_query("'f'", "k.conislocal AND k.conparentid = 0"), [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        const std::string only = row["relkind"] == "p" ? "" : "ONLY ";
        context.script.add(Phase::foreign_key, "ALTER TABLE " + only + qualified(row["nspname"], row["relname"]) +
                                                   " ADD CONSTRAINT " + quoted(row["conname"]) + " " + row["definition"]);
    });
}

}  // namespace introspect
