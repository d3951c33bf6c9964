// CREATE INDEX as pg_get_indexdef prints it, for indexes no constraint owns. An index of a
// partition that belongs to its parent's index (a constraint's index too) is attached with
// ALTER INDEX … ATTACH PARTITION.
#include "../text_array.hpp"
#include "reader.hpp"

namespace introspect {

void read_indexes(ReadContext& context) {
    const std::string sql =
        "SELECT n.nspname, ic.relname AS index_name, c.relname AS table_name, "
        // A constraint's index is not deparsed: its constraint's definition says it all.
        "CASE WHEN k.conindid IS NULL THEN pg_catalog.pg_get_indexdef(i.indexrelid) END AS definition, "
        "i.indisvalid, ic.relkind AS index_kind, k.conindid IS NOT NULL AS constraint_index, "
        "pn.nspname AS parent_schema, pc.relname AS parent_name, "
        "(SELECT pg_catalog.array_agg(a.attnum::text || ' ' || a.attstattarget::text ORDER BY a.attnum) "
        " FROM pg_catalog.pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attstattarget >= 0) AS statistics "
        "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
        "LEFT JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid "
        "LEFT JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent "
        "LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace "
        "LEFT JOIN LATERAL (SELECT k.conindid FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid "
        " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x') LIMIT 1) k ON true "
        "WHERE c.relkind IN ('r', 'p', 'm') AND " +
        sql::user_schema() + " AND " + sql::not_extension_member("pg_class", "c.oid") + " ORDER BY ic.oid";
    for_each_row(context, sql, [&](const Row& row) {
        if (!context.filter.keeps(row["nspname"], row["table_name"]) ||
            !context.filter.keeps(row["nspname"], row["index_name"]))
            return;
        const std::string name = qualified(row["nspname"], row["index_name"]);
        // A constraint's index comes with the constraint; only its attachment is read here.
        const bool constraint_index = row.flag("constraint_index");
        // A partitioned table's index is invalid until every partition has one attached: a state
        // pg_dump reproduces, so it is read.
        if (!row.flag("indisvalid") && row["index_kind"] != "I") {
            context.warnings.push_back("index " + name + " is invalid (a failed CREATE INDEX CONCURRENTLY?); left out");
            return;
        }
        if (!constraint_index) context.script.add(Phase::index, row["definition"]);
        if (!row.null("parent_name"))
            context.script.add(Phase::attach_index, "ALTER INDEX " + qualified(row["parent_schema"], row["parent_name"]) +
                                                        " ATTACH PARTITION " + name);
        if (!row.null("statistics"))
            for (const auto& item : parse_text_array(row["statistics"])) {
                const std::string text = item.value_or("");
                const std::size_t space = text.find(' ');
                context.script.add(Phase::table_setting, "ALTER INDEX " + name + " ALTER COLUMN " + text.substr(0, space) +
                                                             " SET STATISTICS " + text.substr(space + 1));
            }
    });
}

}  // namespace introspect
