// Table constraints. Valid local CHECKs go inline into CREATE TABLE (read_table_checks);
// primary keys, unique and exclusion constraints, NOT VALID checks and foreign keys follow as
// ALTER TABLE … ADD CONSTRAINT in the phases pg_dump uses. Constraints a partition inherited
// from its parent (conparentid ≠ 0) and checks a child inherited are recreated by the server
// and left out.
#include "table_constraints.hpp"

namespace introspect {

namespace {

std::string constraint_query(const std::string& types) {
    return "SELECT k.conrelid, n.nspname, c.relname, c.relkind, k.conname, k.contype, k.convalidated, "
           "pg_catalog.pg_get_constraintdef(k.oid) AS definition "
           "FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid "
           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "WHERE k.contype IN (" + types + ") AND c.relkind IN ('r', 'p', 'f') AND k.conislocal AND k.conparentid = 0 AND " +
           sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") +
           " ORDER BY k.conrelid, k.conname COLLATE \"C\"";
}

}  // namespace

std::map<std::string, std::vector<std::string>> read_table_checks(ReadContext& context) {
    std::map<std::string, std::vector<std::string>> checks;
    for_each_row(context, constraint_query("'c'"), [&](const Row& row) {
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
    for_each_row(context, constraint_query("'p', 'u', 'x', 'f'"), [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["relname"])) return;
        // ONLY keeps a key off inheritance children; a partitioned table's keys must reach its
        // partitions, so it has none.
        const std::string only = row["relkind"] == "p" ? "" : "ONLY ";
        const std::string statement = "ALTER TABLE " + only + qualified(row["nspname"], row["relname"]) +
                                      " ADD CONSTRAINT " + quoted(row["conname"]) + " " + row["definition"];
        context.script.add(row["contype"] == "f" ? Phase::foreign_key : Phase::key_constraint, statement);
    });
}

}  // namespace introspect
