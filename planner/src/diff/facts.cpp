#include "facts.hpp"

#include <cctype>

#include "engine/model/expression_canonical.hpp"

namespace planner::facts {

namespace {

std::string without_public(std::string text) {
    if (text.rfind("public.", 0) == 0) text.erase(0, 7);
    return text;
}

// Drops `public.` from qualified names, cast types and sequence names in nextval('…'), and
// spells CURRENT_TIMESTAMP and transaction_timestamp() as now(): the same function.
void unqualify(engine::ExprNode& node) {
    const bool current_timestamp = node.kind == engine::ExprKind::sql_value_function &&
                                   node.value == "current_timestamp" && node.children.empty();
    const bool transaction_timestamp = node.kind == engine::ExprKind::function_call && node.children.empty() &&
                                       node.names == std::vector<std::string>{"transaction_timestamp"};
    if (current_timestamp || transaction_timestamp) {
        node = engine::make_leaf(engine::ExprKind::function_call);
        node.names = {"now"};
    }
    if (node.names.size() >= 2 && node.names.front() == "public") node.names.erase(node.names.begin());
    if (node.kind == engine::ExprKind::cast) node.value = without_public(node.value);
    if (node.kind == engine::ExprKind::string_literal) node.value = without_public(node.value);
    for (auto& child : node.children) unqualify(child);
}

}  // namespace

ObjectFacts& FactSink::object(int rank, std::string kind, std::string path, const engine::SourceLocation& where) {
    ObjectFacts& o = map_[{rank, path}];
    o.kind = std::move(kind);
    o.path = std::move(path);
    o.where = where;
    o.parent.clear();
    o.fields.clear();
    return o;
}

void set(ObjectFacts& object, const std::string& field, const std::string& value) { set(object, field, value, value); }

void set(ObjectFacts& object, const std::string& field, const std::string& key, const std::string& shown) {
    object.fields.emplace_back(field, Fact{key, shown});
}

void set_flag(ObjectFacts& object, const std::string& field, bool value) { set(object, field, value ? "yes" : "no"); }

std::string expression_key(const engine::Expression& expression) {
    if (expression.ast) {
        engine::ExprNode tree = engine::canonicalize(*expression.ast);
        unqualify(tree);
        return engine::to_sexpr(tree);
    }
    std::string key;
    for (const auto& token : expression.tokens) key += without_public(token.text) + " ";
    return key;
}

void set_expression(ObjectFacts& object, const std::string& field, const std::optional<engine::Expression>& e) {
    if (!e || e->empty())
        set(object, field, "", "");
    else
        set(object, field, expression_key(*e), e->text);
}

void set_comment(ObjectFacts& object, const engine::ObjectBase& base) {
    set(object, "comment", base.comment.value_or(""), base.comment ? engine::quote_literal(*base.comment) : "");
}

std::string squeezed_sql(const std::string& text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' || c == '"') {
            const std::size_t end = text.find(c, i + 1);
            const std::size_t stop = end == std::string::npos ? text.size() : end + 1;
            if (space && !out.empty()) out += ' ';
            space = false;
            out.append(text, i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    for (std::size_t at = out.find("public."); at != std::string::npos; at = out.find("public.", at))
        if (at == 0 || !(std::isalnum(static_cast<unsigned char>(out[at - 1])) || out[at - 1] == '_'))
            out.erase(at, 7);
        else
            at += 7;
    return out;
}

std::string path_of(const engine::QualifiedName& name) { return name.quoted(); }

std::string type_text(const engine::TypeName& type) { return without_public(type.sql()); }

}  // namespace planner::facts
