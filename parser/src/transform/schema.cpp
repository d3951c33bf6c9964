// SET / set_config (search_path), CREATE SCHEMA, CREATE EXTENSION.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;

namespace {

// search_path items: "$user" never matches (no such schema in a desired state).
std::vector<Ident> parse_search_path(const std::string& value) {
    std::vector<Ident> out;
    std::string item;
    bool quoted = false;
    auto flush = [&]() {
        std::string t = item;
        while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
        std::size_t b = 0;
        while (b < t.size() && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
        t = t.substr(b);
        if (!t.empty() && t != "$user" && t != "\"$user\"") {
            if (t.front() == '"') out.push_back(Ident(t.substr(1, t.size() - 2)));
            else out.push_back(Ident(engine::fold_identifier(t)));
        }
        item.clear();
    };
    for (char c : value) {
        if (c == '"') quoted = !quoted;
        if (c == ',' && !quoted) flush();
        else item += c;
    }
    flush();
    return out;
}

}  // namespace

void Builder::set_statement(const Node& n) {
    std::string name = engine::fold_identifier(text_of(*child<g::set_name>(n)));
    if (name != "search_path") return;
    std::string value;
    for (const auto* v : children<g::set_value>(n)) {
        if (!value.empty()) value += ",";
        const Node* s = child<g::string_value>(*v);
        value += s ? string_value_of(text_of(*s)) : std::string(text_of(*v));
    }
    // SET search_path FROM CURRENT / DEFAULT keep the default.
    if (engine::fold_identifier(value) == "default" || value.empty()) value = "public";
    search_path = parse_search_path(value);
}

void Builder::set_config_call(const Node& n) {
    const auto args = children<g::string_value>(n);
    if (string_value_of(text_of(*args[0])) != "search_path") return;
    search_path = parse_search_path(string_value_of(text_of(*args[1])));
}

void Builder::create_schema(const Node& n) {
    engine::Schema s;
    s.where = location_of(n);
    if (const Node* nm = child<g::name>(n)) s.name = ident_of(*nm);
    const Node* auth = child<g::schema_authorization>(n);
    if (auth) s.owner = ident_of(*child<g::role_name>(*auth)).str();
    if (s.name.empty() && auth) s.name = Ident(engine::fold_identifier(*s.owner));
    if (auto existing = catalog.schemas.find(s.name); existing != catalog.schemas.end()) {
        // public exists before the file starts; the file creating it is remembered (render_schema.cpp).
        if (s.name.str() == "public" && !existing->second.where.known()) existing->second.where = s.where;
        if (child<g::if_not_exists>(n) || s.name.str() == "public") return;
        fail(n, "schema " + s.name.quoted() + " already exists");
    }
    catalog.schemas[s.name] = std::move(s);
}

void Builder::create_extension(const Node& n) {
    engine::Extension e;
    e.where = location_of(n);
    e.name = ident_of(*child<g::name>(n));
    if (catalog.extensions.count(e.name)) {
        if (child<g::if_not_exists>(n)) return;
        fail(n, "extension " + e.name.quoted() + " already exists");
    }
    // Without WITH SCHEMA an extension goes to the schema its control file names, else to the
    // creation schema (search_path's first) as it is at this point of the file.
    static const std::map<std::string, std::string> fixed_schemas{{"plpgsql", "pg_catalog"},
                                                                   {"adminpack", "pg_catalog"},
                                                                   {"pg_cron", "pg_catalog"},
                                                                   {"postgis_topology", "topology"},
                                                                   {"postgis_tiger_geocoder", "tiger"}};
    if (const Node* s = child<g::extension_schema>(n)) {
        e.schema = ident_of(*child<g::name>(*s));
    } else if (auto fixed = fixed_schemas.find(e.name.str()); fixed != fixed_schemas.end()) {
        e.schema = engine::Ident(fixed->second);
    } else {
        if (search_path.empty()) fail(n, "no schema has been selected to create in (search_path is empty)");
        e.schema = search_path.front();
    }
    if (const Node* v = child<g::extension_version>(n)) {
        const Node* str = child<g::string_value>(*v);
        e.version = str ? string_value_of(text_of(*str)) : ident_of(*child<g::name>(*v)).str();
    }
    catalog.extensions[e.name] = std::move(e);
}

}  // namespace parser
