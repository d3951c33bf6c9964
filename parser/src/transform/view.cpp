// CREATE VIEW and CREATE MATERIALIZED VIEW. The query is kept as exact text.
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

void read_view_common(engine::View& v, const Node& n) {
    if (const Node* cols = child<g::name_list>(n))
        for (const auto* c : children<g::name>(*cols)) v.columns.push_back(ident_of(*c));
    if (const Node* opts = child<g::option_list>(n)) read_options(v.options, *opts);
}

// Whether `query` names relation `name`: a name token not called as a function.
bool reads_relation(std::string_view query, const engine::Ident& name) {
    const auto tokens = make_token_expression(query).tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        const bool word = t.kind == engine::TokenKind::keyword_or_name || t.kind == engine::TokenKind::quoted_identifier;
        if (word && engine::Ident(t.text) == name && (i + 1 == tokens.size() || tokens[i + 1].text != "(")) return true;
    }
    return false;
}

}  // namespace

// Splits a trailing "WITH [CASCADED|LOCAL] CHECK OPTION" or "WITH [NO] DATA" off the query.
std::string_view strip_query_suffix(std::string_view query, std::optional<std::string>* check_option, bool* with_data) {
    const engine::Expression e = make_token_expression(query);
    const auto& t = e.tokens;
    auto word = [&](std::size_t from_end) -> std::string {
        return from_end < t.size() ? t[t.size() - 1 - from_end].text : "";
    };
    std::size_t drop_words = 0;
    if (check_option && word(0) == "option" && word(1) == "check") {
        if (word(2) == "with") { *check_option = "cascaded"; drop_words = 3; }
        else if (word(3) == "with") { *check_option = word(2); drop_words = 4; }
    }
    if (with_data && word(0) == "data") {
        if (word(1) == "with") { *with_data = true; drop_words = 2; }
        else if (word(1) == "no" && word(2) == "with") { *with_data = false; drop_words = 3; }
    }
    if (drop_words == 0) return query;
    // Cut at the drop_words-th word from the end, found by scanning the lower-cased text backwards.
    const std::string l = lower(query);
    std::size_t cut = l.size();
    for (std::size_t i = 0; i < drop_words; ++i) {
        while (cut > 0 && std::isspace(static_cast<unsigned char>(l[cut - 1]))) --cut;
        while (cut > 0 && !std::isspace(static_cast<unsigned char>(l[cut - 1]))) --cut;
    }
    std::string_view out = query.substr(0, cut);
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.remove_suffix(1);
    return out;
}

void Builder::create_view(const Node& n, bool or_replace) {
    engine::View v;
    v.name = creation_name(*child<g::qualified_name>(n));
    stamp(v, n);
    v.recursive = child<g::view_recursive>(n) != nullptr;
    if (catalog.views.count(v.name) && !or_replace) fail(n, "relation " + v.name.quoted() + " already exists");
    if (!catalog.views.count(v.name) && relation_taken(v.name)) fail(n, "relation " + v.name.quoted() + " already exists");
    read_view_common(v, n);
    v.query = std::string(strip_query_suffix(text_of(*child<g::view_query>(n)), &v.check_option, nullptr));
    if (const std::string* check = v.options.find("check_option")) {
        v.check_option = lower(*check);
        std::erase_if(*v.check_option, [](char c) { return c == '\''; });
        v.options.erase("check_option");
    }
    const bool replacing = catalog.views.count(v.name) > 0;
    if (replacing && reads_relation(v.query, v.name.name)) v.replaced_query = catalog.views.at(v.name).query;
    const std::string key = "VIEW " + v.name.quoted();
    catalog.views[v.name] = std::move(v);
    if (!replacing) catalog.creation_order.push_back(key);
}

void Builder::create_materialized_view(const Node& n) {
    engine::View v;
    v.materialized = true;
    v.name = creation_name(*child<g::qualified_name>(n));
    stamp(v, n);
    if (relation_taken(v.name)) {
        if (child<g::if_not_exists>(n)) return;
        fail(n, "relation " + v.name.quoted() + " already exists");
    }
    read_view_common(v, n);
    if (const Node* am = child<g::table_access_method>(n)) v.access_method = ident_of(*child<g::name>(*am)).str();
    if (const Node* ts = child<g::table_tablespace>(n)) v.tablespace = ident_of(*child<g::name>(*ts));
    v.query = std::string(strip_query_suffix(text_of(*child<g::view_query>(n)), nullptr, &v.with_data));
    const std::string key = "VIEW " + v.name.quoted();
    catalog.views[v.name] = std::move(v);
    catalog.creation_order.push_back(key);
}

void Builder::alter_view_default(const Node& n) {
    const engine::QualifiedName name = relation_name(*child<g::qualified_name>(n));
    auto it = catalog.views.find(name);
    if (it == catalog.views.end()) {
        if (child<g::if_exists>(n)) return;
        fail(n, "view " + name.quoted() + " does not exist");
    }
    const std::string column = ident_of(*child<g::name>(n)).str();
    if (child<g::view_default_drop>(n)) it->second.column_defaults.erase(column);
    else it->second.column_defaults[column] = expression_of(*child<g::expr_to_end>(n));
}

}  // namespace parser
