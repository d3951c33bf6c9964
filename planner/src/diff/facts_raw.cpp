// Objects kept as verbatim statements (aggregates, operators, casts, rules, servers, …):
// compared as squeezed text.
#include "facts.hpp"

namespace planner::facts {

void collect_raw_objects(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [key, raw] : catalog.raw_objects) {
        // Privileges are not compared yet (the introspector does not read them).
        if (raw.kind == "DEFAULT PRIVILEGES") continue;
        // The identity of a statement the model keeps whole is its text: compared compactly.
        ObjectFacts& o = sink.object(12, engine::fold_identifier(raw.kind), compact_sql(raw.identity), raw.where);
        set(o, "definition", compact_sql(raw.sql), raw.sql);
        set_comment(o, raw);
    }
}

}  // namespace planner::facts
