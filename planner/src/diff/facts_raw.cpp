// Objects kept as verbatim statements (aggregates, operators, casts, rules, servers, …):
// compared as squeezed text.
#include "facts.hpp"

namespace planner::facts {

void collect_raw_objects(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [key, raw] : catalog.raw_objects) {
        ObjectFacts& o = sink.object(12, engine::fold_identifier(raw.kind), raw.identity, raw.where);
        set(o, "definition", squeezed_sql(raw.sql), raw.sql);
        set_comment(o, raw);
    }
}

}  // namespace planner::facts
