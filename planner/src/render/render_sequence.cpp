// Sequences, their options (shared with identity columns) and OWNED BY.
#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

namespace {

// SEQUENCE NAME is kept as text; quote it part by part unless it already carries quotes.
std::string sequence_name_sql(const std::string& name) {
    if (name.find('"') != std::string::npos) return name;
    std::string out;
    std::size_t start = 0;
    for (std::size_t dot = name.find('.');; dot = name.find('.', start)) {
        out += (start ? "." : "") + engine::quote_ident(name.substr(start, dot - start));
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

// An identity column owns its sequence; creating it separately would collide with it.
bool owned_by_identity(const engine::Catalog& catalog, const engine::Sequence& sequence) {
    if (!sequence.owned_by) return false;
    auto table = catalog.tables.find(sequence.owned_by->table);
    if (table == catalog.tables.end()) return false;
    const auto* column = table->second.find_column(sequence.owned_by->column);
    return column && column->identity != engine::IdentityKind::none;
}

}  // namespace

std::vector<std::string> sequence_option_parts(const engine::SequenceOptions& options, bool with_name) {
    std::vector<std::string> parts;
    if (with_name && options.sequence_name) parts.push_back("SEQUENCE NAME " + sequence_name_sql(*options.sequence_name));
    if (options.as_type) parts.push_back("AS " + options.as_type->sql());
    if (options.start) parts.push_back(fmt::format("START WITH {}", *options.start));
    if (options.increment) parts.push_back(fmt::format("INCREMENT BY {}", *options.increment));
    if (options.min_value) parts.push_back(fmt::format("MINVALUE {}", *options.min_value));
    if (options.max_value) parts.push_back(fmt::format("MAXVALUE {}", *options.max_value));
    if (options.cache) parts.push_back(fmt::format("CACHE {}", *options.cache));
    if (options.cycle) parts.push_back("CYCLE");
    return parts;
}

void render_sequences(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, sequence] : catalog.sequences) {
        if (owned_by_identity(catalog, sequence)) continue;
        std::string sql = std::string("CREATE ") + (sequence.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + name.quoted();
        for (const auto& part : sequence_option_parts(sequence.options, false)) sql += "\n    " + part;
        out.push_back(std::move(sql));
        out.back().object = keys::sequence(name);
    }
}

void render_sequence_owners(const engine::Catalog& catalog, Statements& out) {
    for (const auto& [name, sequence] : catalog.sequences) {
        if (!sequence.owned_by || owned_by_identity(catalog, sequence)) continue;
        out.push_back(fmt::format("ALTER SEQUENCE {} OWNED BY {}.{}", name.quoted(), sequence.owned_by->table.quoted(),
                                  sequence.owned_by->column.quoted()));
        out.back().object = keys::sequence(name);
    }
}

}  // namespace planner::render
