// Sequences, with PostgreSQL's defaults filled in so that an option left out equals its default.
#include <limits>

#include "facts.hpp"

namespace planner::facts {

void set_sequence_options(ObjectFacts& o, const engine::SequenceOptions& options, const std::string& column_type) {
    const std::string type = options.as_type ? options.as_type->sql() : column_type.empty() ? "bigint" : column_type;
    const std::int64_t type_max = type == "smallint" ? 32767 : type == "integer" ? 2147483647
                                                                                 : std::numeric_limits<std::int64_t>::max();
    const std::int64_t increment = options.increment.value_or(1);
    const std::int64_t min = options.min_value.value_or(increment > 0 ? 1 : (type == "smallint" ? -32768 : type == "integer" ? -2147483648LL : std::numeric_limits<std::int64_t>::min()));
    const std::int64_t max = options.max_value.value_or(increment > 0 ? type_max : -1);
    const std::int64_t start = options.start.value_or(increment > 0 ? min : max);
    set(o, "type", type);
    set(o, "increment", std::to_string(increment));
    set(o, "minvalue", std::to_string(min));
    set(o, "maxvalue", std::to_string(max));
    set(o, "start", std::to_string(start));
    set(o, "cache", std::to_string(options.cache.value_or(1)));
    set_flag(o, "cycle", options.cycle);
}

void collect_sequences(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [name, sequence] : catalog.sequences) {
        ObjectFacts& o = sink.object(3, "sequence", path_of(name), sequence.where);
        set_sequence_options(o, sequence.options, "");
        set_flag(o, "unlogged", sequence.unlogged);
        set(o, "owned by",
            sequence.owned_by ? path_of(sequence.owned_by->table) + "." + sequence.owned_by->column.quoted() : "");
        set_comment(o, sequence);
    }
}

}  // namespace planner::facts
