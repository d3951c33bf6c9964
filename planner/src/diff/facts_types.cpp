// Enum, composite and range types, and domains.
#include "facts.hpp"

namespace planner::facts {

namespace {
std::string collation_text(const std::optional<engine::QualifiedName>& collation) {
    return collation ? collation->quoted() : "";
}
}  // namespace

void collect_types(const engine::Catalog& catalog, FactSink& sink) {
    for (const auto& [name, type] : catalog.enums) {
        ObjectFacts& o = sink.object(2, "type", path_of(name), type.where);
        std::string labels;
        for (const auto& label : type.labels) labels += (labels.empty() ? "" : ", ") + engine::quote_literal(label);
        set(o, "labels", labels);
        set_comment(o, type);
    }
    for (const auto& [name, type] : catalog.composites) {
        ObjectFacts& o = sink.object(2, "type", path_of(name), type.where);
        std::string attributes;
        for (const auto& a : type.attributes) {
            attributes += (attributes.empty() ? "" : ", ") + a.name.quoted() + " " + type_text(a.type);
            if (a.collation) attributes += " COLLATE " + a.collation->quoted();
        }
        set(o, "attributes", attributes);
        set_comment(o, type);
    }
    for (const auto& [name, type] : catalog.ranges) {
        ObjectFacts& o = sink.object(2, "type", path_of(name), type.where);
        for (const auto& [option, value] : type.options) {
            std::string v = value;
            if (v.rfind("public.", 0) == 0) v.erase(0, 7);
            if (option == "multirange_type_name") continue;  // derived unless given; pg_dump omits it
            set(o, option, v);
        }
        set_comment(o, type);
    }
    for (const auto& [name, domain] : catalog.domains) {
        ObjectFacts& o = sink.object(2, "domain", path_of(name), domain.where);
        set(o, "type", type_text(domain.base_type));
        set(o, "collation", collation_text(domain.collation));
        set_expression(o, "default", domain.default_value);
        set_flag(o, "not null", domain.not_null);
        std::map<std::string, std::pair<std::string, std::string>> checks;
        for (const auto& check : domain.checks)
            checks[check.name.str()] = {domain_check_key(check.check) + (check.not_valid ? " not valid" : ""),
                                        check.name.quoted() + " CHECK (" + check.check.text + ")"};
        std::string key, shown;
        for (const auto& [n, c] : checks) {
            key += n + ":" + c.first + ";";
            shown += (shown.empty() ? "" : ", ") + c.second;
        }
        set(o, "checks", key, shown);
        set_comment(o, domain);
    }
}

}  // namespace planner::facts
