// CREATE OPERATOR, assembled from pg_operator as pg_dump does.
#include "reader.hpp"

namespace introspect {

namespace {
// regoperator text "schema.op(left,right)" → "OPERATOR(schema.op)".
std::string operator_reference(const std::string& regoperator) {
    return "OPERATOR(" + regoperator.substr(0, regoperator.find('(')) + ")";
}
}  // namespace

void read_operators(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, o.oprname, o.oprcode::pg_catalog.regproc::text AS function, "
        "CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) END AS leftarg, "
        "CASE WHEN o.oprright <> 0 THEN pg_catalog.format_type(o.oprright, NULL) END AS rightarg, "
        "CASE WHEN o.oprcom <> 0 THEN o.oprcom::pg_catalog.regoperator::text END AS commutator, "
        "CASE WHEN o.oprnegate <> 0 THEN o.oprnegate::pg_catalog.regoperator::text END AS negator, "
        "CASE WHEN o.oprrest <> 0 THEN o.oprrest::pg_catalog.regproc::text END AS restrict_fn, "
        "CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::pg_catalog.regproc::text END AS join_fn, "
        "o.oprcanhash, o.oprcanmerge "
        "FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oprcode <> 0 AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_operator", "o.oid") + " ORDER BY o.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps_schema(row["nspname"])) return;
        std::string body = "FUNCTION = " + row["function"];
        if (!row.null("leftarg")) body += ", LEFTARG = " + row["leftarg"];
        if (!row.null("rightarg")) body += ", RIGHTARG = " + row["rightarg"];
        if (!row.null("commutator")) body += ", COMMUTATOR = " + operator_reference(row["commutator"]);
        if (!row.null("negator")) body += ", NEGATOR = " + operator_reference(row["negator"]);
        if (!row.null("restrict_fn")) body += ", RESTRICT = " + row["restrict_fn"];
        if (!row.null("join_fn")) body += ", JOIN = " + row["join_fn"];
        if (row.flag("oprcanhash")) body += ", HASHES";
        if (row.flag("oprcanmerge")) body += ", MERGES";
        // Operator names are not identifiers: schema.op, the schema quoted.
        context.script.add(Phase::function, "CREATE OPERATOR " + quoted(row["nspname"]) + "." + row["oprname"] + " (" + body + ")");
    });
}

}  // namespace introspect
