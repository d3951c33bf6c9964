// Functions and procedures, as pg_get_functiondef prints them, in an order where a function
// comes after the functions its body depends on (BEGIN ATOMIC bodies record such edges).
#include "../text_array.hpp"
#include "dependency_order.hpp"
#include "reader.hpp"

namespace introspect {

void read_functions(ReadContext& context) {
    // Functions that a type created implicitly (range and multirange constructors) depend on it
    // with deptype 'i' and are left out, as pg_dump does.
    const std::string sql =
        "SELECT p.oid, n.nspname, p.proname, pg_catalog.pg_get_functiondef(p.oid) AS definition, "
        "(SELECT pg_catalog.array_agg(d.refobjid) FROM pg_catalog.pg_depend d WHERE d.classid = "
        "'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid AND d.refclassid = "
        "'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n') AS uses "
        "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind <> 'a' AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_proc", "p.oid") +
        " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
        "AND i.objid = p.oid AND i.deptype = 'i') ORDER BY p.oid";
    std::map<std::string, std::string> definitions;
    std::map<std::string, std::set<std::string>> depends_on;
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["proname"])) return;
        std::string definition = row["definition"];
        while (!definition.empty() && (definition.back() == '\n' || definition.back() == ' ')) definition.pop_back();
        auto& uses = depends_on[row["oid"]];
        if (!row.null("uses"))
            for (const auto& oid : parse_text_array(row["uses"]))
                if (oid) uses.insert(*oid);
        definitions[row["oid"]] = std::move(definition);
    });
    for (const auto& oid : dependency_order(depends_on)) context.script.add(Phase::function, definitions[oid]);
}

}  // namespace introspect
