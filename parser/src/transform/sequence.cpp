// CREATE SEQUENCE, ALTER SEQUENCE, and sequence options shared with identity columns.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;

engine::SequenceOptions Builder::sequence_options(const Node& n, std::optional<engine::SequenceOwner>* owned_by) const {
    engine::SequenceOptions o;
    auto number = [this](const Node& option) { return integer_of(*find<g::signed_number>(option)); };
    for (const auto& c : n.children) {
        const Node& opt = *c;
        if (opt.is_type<g::seq_as>()) o.as_type = type_of(*child<g::type_name>(opt));
        else if (opt.is_type<g::seq_increment>()) o.increment = number(opt);
        else if (opt.is_type<g::seq_minvalue>()) o.min_value = number(opt);
        else if (opt.is_type<g::seq_no_minvalue>()) o.min_value.reset();
        else if (opt.is_type<g::seq_maxvalue>()) o.max_value = number(opt);
        else if (opt.is_type<g::seq_no_maxvalue>()) o.max_value.reset();
        else if (opt.is_type<g::seq_start>()) o.start = number(opt);
        else if (opt.is_type<g::seq_cache>()) o.cache = number(opt);
        else if (opt.is_type<g::seq_cycle>()) o.cycle = true;
        else if (opt.is_type<g::seq_no_cycle>()) o.cycle = false;
        else if (opt.is_type<g::seq_name_option>()) o.sequence_name = std::string(text_of(*child<g::qualified_name>(opt)));
        else if (opt.is_type<g::seq_owned_none>()) {
            if (owned_by) owned_by->reset();
        } else if (opt.is_type<g::seq_owned_by>()) {
            auto parts = name_parts(*child<g::qualified_name>(opt));
            if (parts.size() < 2) fail(opt, "OWNED BY needs table.column");
            const engine::Ident column = parts.back();
            parts.pop_back();
            const auto table = lookup(parts, [&](const engine::QualifiedName& q) { return catalog.tables.count(q) > 0; });
            if (owned_by) *owned_by = engine::SequenceOwner{table, column};
        }
    }
    return o;
}

void Builder::create_sequence(const Node& n) {
    engine::Sequence s;
    s.name = creation_name(*child<g::qualified_name>(n));
    s.where = location_of(n);
    if (relation_taken(s.name)) {
        if (child<g::if_not_exists>(n)) return warn(s.where, "relation " + s.name.quoted() + " already exists, skipping");
        fail(n, "relation " + s.name.quoted() + " already exists");
    }
    s.unlogged = child<g::table_persistence_unlogged>(n) != nullptr;
    s.options = sequence_options(n, &s.owned_by);
    catalog.sequences[s.name] = std::move(s);
}

void Builder::alter_sequence(const Node& n) {
    const engine::QualifiedName name = relation_name(*child<g::qualified_name>(n));
    auto it = catalog.sequences.find(name);
    if (it == catalog.sequences.end()) {
        if (child<g::if_exists>(n)) return;
        fail(n, "sequence " + name.quoted() + " does not exist");
    }
    engine::Sequence& s = it->second;
    if (const Node* o = child<g::at_owner_to_seq>(n)) {
        s.owner = ident_of(*child<g::role_name>(*o)).str();
        return;
    }
    const auto changes = sequence_options(n, &s.owned_by);
    for (const auto& c : n.children) {
        if (c->is_type<g::seq_as>()) s.options.as_type = changes.as_type;
        else if (c->is_type<g::seq_increment>()) s.options.increment = changes.increment;
        else if (c->is_type<g::seq_minvalue>() || c->is_type<g::seq_no_minvalue>()) s.options.min_value = changes.min_value;
        else if (c->is_type<g::seq_maxvalue>() || c->is_type<g::seq_no_maxvalue>()) s.options.max_value = changes.max_value;
        else if (c->is_type<g::seq_start>()) s.options.start = changes.start;
        else if (c->is_type<g::seq_cache>()) s.options.cache = changes.cache;
        else if (c->is_type<g::seq_cycle>() || c->is_type<g::seq_no_cycle>()) s.options.cycle = changes.cycle;
    }
}

}  // namespace parser
