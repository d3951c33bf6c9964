// GRANT and REVOKE, and the owners of schemas and routines (an owner's own privileges are not
// compared, so the owner must be known). GRANT and REVOKE are kept in statement order, each with
// the objects it names resolved as they were at that statement (search_path, ALL TABLES IN
// SCHEMA), so that the privileges an object ends up with can be worked out and compared
// (planner/src/diff/facts_privileges.cpp).
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using engine::Ident;
using engine::QualifiedName;
using engine::Token;
using engine::TokenKind;

namespace {

// The words that may start the object of GRANT … ON; anything else is a table name.
bool is_grant_object_kind(const std::string& word) {
    static const char* kinds[] = {"TABLE", "SEQUENCE", "FUNCTION", "PROCEDURE", "ROUTINE", "SCHEMA", "TYPE", "DOMAIN",
                                  "DATABASE", "LANGUAGE", "LARGE", "FOREIGN", "TABLESPACE", "ALL", "PARAMETER"};
    for (const char* k : kinds)
        if (word == k) return true;
    return false;
}

bool is_name(const Token& t) {
    return t.kind == TokenKind::keyword_or_name || t.kind == TokenKind::quoted_identifier || t.kind == TokenKind::identifier;
}

// One object of the list after the kind words: its name parts and, for routines, the tokens of
// its argument list.
struct NamedObject {
    std::vector<Ident> parts;
    std::optional<engine::Expression> signature;
};

std::vector<NamedObject> named_objects(const std::vector<Token>& tokens, std::size_t from) {
    std::vector<NamedObject> objects(1);
    std::size_t depth = 0;
    for (std::size_t i = from; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        NamedObject& current = objects.back();
        if (depth == 0 && t.text == ",") {
            objects.emplace_back();
        } else if (t.text == "(") {
            if (depth++ == 0) current.signature.emplace();
            current.signature->tokens.push_back(t);
        } else if (depth > 0) {
            current.signature->tokens.push_back(t);
            if (t.text == ")") --depth;
        } else if (is_name(t)) {
            current.parts.push_back(Ident(t.text));
        }
    }
    std::erase_if(objects, [](const NamedObject& o) { return o.parts.empty(); });
    return objects;
}

}  // namespace

std::vector<engine::GrantTarget> Builder::grant_targets(const std::string& kind, const Node& object_text) {
    const engine::Expression object = make_token_expression(text_of(object_text));
    const auto& tokens = object.tokens;
    std::vector<engine::GrantTarget> targets;
    auto relation_target = [&](const QualifiedName& name) {
        if (catalog.sequences.count(name)) targets.push_back({"sequence", name.quoted()});
        else if (catalog.tables.count(name) || catalog.views.count(name)) targets.push_back({"relation", name.quoted()});
    };
    // ALL TABLES | SEQUENCES | FUNCTIONS | PROCEDURES | ROUTINES IN SCHEMA s, …
    if (kind == "ALL") {
        if (tokens.size() < 4) return targets;
        const std::string what = tokens[1].text;
        for (const auto& o : named_objects(tokens, 4)) {
            const Ident& schema = o.parts.back();
            if (what == "tables") {
                for (const auto& [name, t] : catalog.tables)
                    if (name.schema == schema) relation_target(name);
                for (const auto& [name, v] : catalog.views)
                    if (name.schema == schema) relation_target(name);
            } else if (what == "sequences") {
                for (const auto& [name, s] : catalog.sequences)
                    if (name.schema == schema) relation_target(name);
            } else {
                for (const auto& [key, f] : catalog.functions) {
                    const bool wanted = what == "routines" || (what == "procedures") == f.is_procedure;
                    if (f.name.schema == schema && wanted) targets.push_back({"function", key});
                }
            }
        }
        return targets;
    }
    const bool kind_written = !tokens.empty() && is_grant_object_kind(upper_words(tokens[0].text));
    for (const auto& o : named_objects(tokens, kind_written ? 1 : 0)) {
        if (kind == "TABLE" || kind == "SEQUENCE") {
            relation_target(lookup(o.parts, [&](const QualifiedName& q) {
                return catalog.tables.count(q) || catalog.views.count(q) || catalog.sequences.count(q);
            }));
        } else if (kind == "FUNCTION" || kind == "PROCEDURE" || kind == "ROUTINE") {
            const QualifiedName name = lookup(o.parts, [&](const QualifiedName& q) { return catalog.has_function_named(q); });
            if (const engine::Function* f = find_function(name, o.signature ? &*o.signature : nullptr, object_text))
                targets.push_back({"function", f->signature()});
        } else if (kind == "SCHEMA") {
            const Ident& schema = o.parts.back();
            if (catalog.schemas.count(schema) || schema.str() == "public") targets.push_back({"schema", schema.quoted()});
        } else if (kind == "TYPE" || kind == "DOMAIN") {
            const QualifiedName name = lookup(o.parts, [&](const QualifiedName& q) {
                return catalog.enums.count(q) || catalog.composites.count(q) || catalog.domains.count(q) ||
                       catalog.ranges.count(q);
            });
            if (catalog.enums.count(name) || catalog.composites.count(name) || catalog.domains.count(name) ||
                catalog.ranges.count(name))
                targets.push_back({"type", name.quoted()});
        }
    }
    return targets;
}

void Builder::grant(const Node& n) {
    const bool revoke = upper_words(text_of(*child<g::grant_kind>(n))) == "REVOKE";
    const Node& object_text = *child<g::grant_object_text>(n);
    const std::string object = upper_words(text_of(object_text));
    std::string kind = object.substr(0, object.find(' '));
    if (!is_grant_object_kind(kind)) kind = "TABLE";  // GRANT … ON name means a table
    const std::vector<engine::GrantTarget> targets = grant_targets(kind, object_text);
    for (const auto* p : children<g::privilege_text>(n)) {
        // "SELECT (id, "Name")": the privilege, and the columns with their case kept.
        const std::string_view text = text_of(*p);
        const std::size_t open = text.find('(');
        std::string privilege = upper_words(text.substr(0, open));
        if (privilege == "ALL PRIVILEGES") privilege = "ALL";
        std::vector<Ident> columns;
        if (open != std::string_view::npos)
            for (const auto& t : make_token_expression(text.substr(open)).tokens)
                if (is_name(t)) columns.push_back(Ident(t.text));
        for (const auto* who : children<g::grantee>(n)) {
            engine::Grant gr;
            gr.where = location_of(n);
            gr.revoke = revoke;
            gr.privilege = privilege;
            gr.columns = columns;
            gr.object = std::string(text_of(object_text));
            gr.object_kind = kind;
            gr.grantee = ident_of(*child<g::role_name>(*who)).str();  // "app_user" names the role app_user
            gr.with_grant_option = child<g::grant_option>(n) != nullptr || (revoke && child<g::grant_for_option>(n));
            gr.targets = targets;
            catalog.grants.push_back(std::move(gr));
        }
    }
}

void Builder::alter_owner(const Node& n) {
    const std::string_view text = text_of(n);
    const std::string upper = upper_words(text);
    const std::size_t owner_at = upper.rfind(" OWNER TO ");
    if (owner_at == std::string::npos) return;
    // "ALTER FUNCTION f(integer) OWNER TO r": the words up to OWNER TO, kind first.
    const engine::Expression object = make_token_expression(text.substr(0, text.size() - (upper.size() - owner_at)));
    if (object.tokens.size() < 3) return;
    const std::string kind = object.tokens[1].text;
    const auto named = named_objects(object.tokens, 2);
    if (named.empty()) return;
    const std::string role = ident_of(*child<g::role_name>(n)).str();
    if (kind == "schema") {
        if (auto it = catalog.schemas.find(named.front().parts.back()); it != catalog.schemas.end()) it->second.owner = role;
    } else if (kind == "function" || kind == "procedure" || kind == "routine") {
        const auto& o = named.front();
        const QualifiedName name = lookup(o.parts, [&](const QualifiedName& q) { return catalog.has_function_named(q); });
        if (engine::Function* f = find_function(name, o.signature ? &*o.signature : nullptr, n)) f->owner = role;
    }
}

}  // namespace parser
