// CREATE TYPE, CREATE DOMAIN, ALTER TYPE, ALTER DOMAIN.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;

void Builder::create_type(const Node& n) {
    const engine::QualifiedName name = creation_name(*child<g::qualified_name>(n));
    const auto where = location_of(n);
    if (catalog.enums.count(name) || catalog.composites.count(name) || catalog.domains.count(name) ||
        catalog.ranges.count(name))
        fail(n, "type " + name.quoted() + " already exists");
    if (const Node* e = child<g::enum_type>(n)) {
        engine::EnumType t;
        t.name = name;
        t.where = where;
        for (const auto* l : children<g::string_value>(*child<g::enum_labels>(*e))) {
            t.labels.push_back(string_value_of(text_of(*l)));
            // A label on a line of its own may carry `-- strata:renamed-from 'old'` on the line before.
            const int line = location_of(*l).line;
            if (line == where.line) continue;
            if (auto old = annotation_before(line, "renamed-from ")) t.renamed_labels[t.labels.back()] = label_of_annotation(*old);
        }
        catalog.enums[name] = std::move(t);
    } else if (const Node* c = child<g::composite_type>(n)) {
        engine::CompositeType t;
        t.name = name;
        t.where = where;
        for (const auto* a : children<g::composite_attribute>(*c)) {
            engine::CompositeAttribute attr;
            attr.name = ident_of(*child<g::name>(*a));
            attr.type = type_of(*child<g::type_name>(*a));
            if (const Node* col = child<g::col_collate>(*a)) attr.collation = collation_name(*child<g::qualified_name>(*col));
            t.attributes.push_back(attr);
        }
        catalog.composites[name] = std::move(t);
    } else if (const Node* r = child<g::range_type>(n)) {
        engine::RangeType t;
        t.name = name;
        t.where = where;
        for (const auto* item : children<g::range_option_item>(*child<g::range_options>(*r))) {
            const Node* named = child<g::option_name>(*item);
            const std::string option = named ? engine::fold_identifier(text_of(*named)) : "subtype";
            std::string value;
            // A type is kept canonical: subtype = int4 and subtype = integer are one type.
            if (const Node* type = find<g::range_option_type>(*item))
                value = type_of(*child<g::type_name>(*type)).sql();
            else if (const Node* v = child<g::option_value>(*item))
                value = std::string(text_of(*v));
            t.options[option] = value;
        }
        catalog.ranges[name] = std::move(t);
    } else {
        // Base and shell types: carried verbatim.
        engine::RawObject raw;
        raw.kind = "TYPE";
        raw.identity = name.quoted();
        stamp(raw, n);
        raw.sql = "CREATE " + std::string(text_of(n));
        catalog.raw_objects[{raw.kind, raw.identity}] = raw;
        catalog.creation_order.push_back("TYPE " + raw.identity);
    }
}

void Builder::create_domain(const Node& n) {
    engine::Domain d;
    d.name = creation_name(*child<g::qualified_name>(n));
    stamp(d, n);
    d.base_type = type_of(*child<g::type_name>(n));
    for (const auto& c : n.children) {
        if (c->is_type<g::col_collate>()) d.collation = collation_name(*child<g::qualified_name>(*c));
        else if (c->is_type<g::domain_default>()) {
            std::string_view t = text_of(*c);
            t.remove_prefix(7);
            d.default_value = make_expression(t);
        } else if (c->is_type<g::domain_constraint>()) {
            if (child<g::col_not_null>(*c)) d.not_null = true;
            else if (child<g::col_null>(*c)) d.not_null = false;
            else if (const Node* chk = child<g::domain_check>(*c)) {
                engine::DomainCheck dc;
                dc.check = expression_of(*find<g::paren_expr_text>(*chk));
                dc.not_valid = child<g::not_valid>(*chk) != nullptr;
                if (const Node* nm = child<g::name>(*c)) dc.name = ident_of(*nm);
                else {
                    dc.name = Ident(choose_constraint_name(d.name.name.str(), "", "check", d.name.schema));
                    dc.name_was_implicit = true;
                }
                remember_constraint(d.name.schema, dc.name);
                d.checks.push_back(dc);
            }
        }
    }
    catalog.domains[d.name] = std::move(d);
}

void Builder::alter_type(const Node& n) {
    const engine::QualifiedName name = lookup(name_parts(*child<g::qualified_name>(n)),
                                              [&](const engine::QualifiedName& q) { return catalog.enums.count(q) > 0 || catalog.composites.count(q) > 0; });
    if (const Node* add = child<g::add_value>(n)) {
        auto it = catalog.enums.find(name);
        if (it == catalog.enums.end()) fail(n, "type " + name.quoted() + " is not an enum of this schema");
        auto& labels = it->second.labels;
        const auto values = children<g::string_value>(*add);
        const std::string label = string_value_of(text_of(*values[0]));
        if (std::find(labels.begin(), labels.end(), label) != labels.end()) {
            if (child<g::if_not_exists>(*add)) return;
            fail(*add, "enum label \"" + label + "\" already exists");
        }
        auto pos = labels.end();
        if (const Node* b = child<g::enum_before>(*add)) {
            pos = std::find(labels.begin(), labels.end(), string_value_of(text_of(*child<g::string_value>(*b))));
            if (pos == labels.end()) fail(*b, "enum label to insert before does not exist");
        } else if (const Node* a = child<g::enum_after>(*add)) {
            pos = std::find(labels.begin(), labels.end(), string_value_of(text_of(*child<g::string_value>(*a))));
            if (pos == labels.end()) fail(*a, "enum label to insert after does not exist");
            ++pos;
        }
        labels.insert(pos, label);
    } else if (const Node* rv = child<g::rename_value>(n)) {
        auto it = catalog.enums.find(name);
        if (it == catalog.enums.end()) fail(n, "type " + name.quoted() + " is not an enum of this schema");
        const auto values = children<g::string_value>(*rv);
        auto pos = std::find(it->second.labels.begin(), it->second.labels.end(), string_value_of(text_of(*values[0])));
        if (pos == it->second.labels.end()) fail(*rv, "enum label does not exist");
        *pos = string_value_of(text_of(*values[1]));
    } else if (const Node* o = child<g::at_owner_to>(n)) {
        const std::string role = ident_of(*child<g::role_name>(*o)).str();
        if (auto it = catalog.enums.find(name); it != catalog.enums.end()) it->second.owner = role;
        if (auto it = catalog.composites.find(name); it != catalog.composites.end()) it->second.owner = role;
        if (auto it = catalog.ranges.find(name); it != catalog.ranges.end()) it->second.owner = role;
    } else {
        fail(n, "this ALTER TYPE form is not supported in a desired-state file yet");
    }
}

void Builder::alter_domain(const Node& n) {
    const engine::QualifiedName name = lookup(name_parts(*child<g::qualified_name>(n)),
                                              [&](const engine::QualifiedName& q) { return catalog.domains.count(q) > 0; });
    auto it = catalog.domains.find(name);
    if (it == catalog.domains.end()) fail(n, "domain " + name.quoted() + " does not exist");
    engine::Domain& d = it->second;
    if (const Node* add = child<g::ad_add_constraint>(n)) {
        const Node& c = *child<g::domain_constraint>(*add);
        if (child<g::col_not_null>(c)) d.not_null = true;
        else if (const Node* chk = child<g::domain_check>(c)) {
            engine::DomainCheck dc;
            dc.check = expression_of(*find<g::paren_expr_text>(*chk));
            dc.not_valid = child<g::not_valid>(*chk) != nullptr;
            if (const Node* nm = child<g::name>(c)) dc.name = ident_of(*nm);
            else {
                dc.name = Ident(choose_constraint_name(d.name.name.str(), "", "check", d.name.schema));
                dc.name_was_implicit = true;
            }
            remember_constraint(d.name.schema, dc.name);
            d.checks.push_back(dc);
        }
    } else if (const Node* drop = child<g::ad_drop_constraint>(n)) {
        const Ident c = ident_of(*child<g::name>(*drop));
        std::erase_if(d.checks, [&](const auto& dc) { return dc.name == c; });
    } else if (child<g::ac_set_not_null>(n)) d.not_null = true;
    else if (child<g::ac_drop_not_null>(n)) d.not_null = false;
    else if (child<g::ac_drop_default>(n)) d.default_value.reset();
    else if (const Node* sd = child<g::ac_set_default>(n)) d.default_value = expression_of(*child<g::set_default_expr>(*sd));
    else if (const Node* o = child<g::at_owner_to>(n)) d.owner = ident_of(*child<g::role_name>(*o)).str();
    else if (const Node* v = child<g::at_validate_constraint>(n)) {
        const Ident c = ident_of(*child<g::name>(*v));
        for (auto& dc : d.checks)
            if (dc.name == c) dc.not_valid = false;
    }
}

}  // namespace parser
