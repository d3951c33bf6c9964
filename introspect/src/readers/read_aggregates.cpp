// CREATE AGGREGATE, assembled from pg_aggregate as pg_dump does.
#include "reader.hpp"

namespace introspect {

void read_aggregates(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, p.proname, pg_catalog.pg_get_function_arguments(p.oid) AS arguments, "
        "a.aggtransfn::pg_catalog.regproc::text AS sfunc, pg_catalog.format_type(a.aggtranstype, NULL) AS stype, "
        "a.aggtransspace, a.agginitval, a.aggkind, "
        "CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::pg_catalog.regproc::text END AS finalfunc, "
        "a.aggfinalextra, a.aggfinalmodify, "
        "CASE WHEN a.aggcombinefn <> 0 THEN a.aggcombinefn::pg_catalog.regproc::text END AS combinefunc, "
        "CASE WHEN a.aggserialfn <> 0 THEN a.aggserialfn::pg_catalog.regproc::text END AS serialfunc, "
        "CASE WHEN a.aggdeserialfn <> 0 THEN a.aggdeserialfn::pg_catalog.regproc::text END AS deserialfunc, "
        "CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::pg_catalog.regoperator::text END AS sortop, "
        "p.proparallel "
        "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_proc", "p.oid") + " ORDER BY p.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["proname"])) return;
        std::string arguments = row["arguments"];
        if (arguments.empty()) arguments = "*";
        std::string body = "SFUNC = " + row["sfunc"] + ", STYPE = " + row["stype"];
        if (row["aggtransspace"] != "0") body += ", SSPACE = " + row["aggtransspace"];
        if (!row.null("finalfunc")) {
            body += ", FINALFUNC = " + row["finalfunc"];
            if (row.flag("aggfinalextra")) body += ", FINALFUNC_EXTRA";
            const std::string modify = row["aggfinalmodify"];
            const std::string expected = row["aggkind"] == "n" ? "r" : "w";
            if (modify != expected)
                body += std::string(", FINALFUNC_MODIFY = ") +
                        (modify == "r" ? "READ_ONLY" : modify == "s" ? "SHAREABLE" : "READ_WRITE");
        }
        if (!row.null("combinefunc")) body += ", COMBINEFUNC = " + row["combinefunc"];
        if (!row.null("serialfunc")) body += ", SERIALFUNC = " + row["serialfunc"];
        if (!row.null("deserialfunc")) body += ", DESERIALFUNC = " + row["deserialfunc"];
        if (!row.null("agginitval")) body += ", INITCOND = " + engine::quote_literal(row["agginitval"]);
        if (!row.null("sortop")) {
            // regoperator prints schema.op(left,right); SORTOP wants OPERATOR(schema.op).
            const std::string op = row["sortop"];
            body += ", SORTOP = OPERATOR(" + op.substr(0, op.find('(')) + ")";
        }
        if (row["proparallel"] == "s") body += ", PARALLEL = safe";
        if (row["proparallel"] == "r") body += ", PARALLEL = restricted";
        if (row["aggkind"] == "h") body += ", HYPOTHETICAL";
        context.script.add(Phase::function, "CREATE AGGREGATE " + qualified(row["nspname"], row["proname"]) + "(" +
                                                 arguments + ") (" + body + ")");
    });
}

}  // namespace introspect
