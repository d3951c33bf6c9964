#pragma once
// Helpers to read the parse tree the statement grammars produce.
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "engine/model/expression.hpp"
#include "engine/model/options.hpp"
#include "parse_tree.hpp"

namespace parser {

// First direct child of type R, or nullptr.
template <typename R>
const Node* child(const Node& n) {
    for (const auto& c : n.children)
        if (c->is_type<R>()) return c.get();
    return nullptr;
}

// All direct children of type R.
template <typename R>
std::vector<const Node*> children(const Node& n) {
    std::vector<const Node*> out;
    for (const auto& c : n.children)
        if (c->is_type<R>()) out.push_back(c.get());
    return out;
}

// First node of type R anywhere below n (depth first), or nullptr.
template <typename R>
const Node* find(const Node& n) {
    for (const auto& c : n.children) {
        if (c->is_type<R>()) return c.get();
        if (const Node* d = find<R>(*c)) return d;
    }
    return nullptr;
}

std::string_view text_of(const Node& n);
// Upper case, whitespace runs as one space, none at the ends: "ALL  privileges" → "ALL PRIVILEGES".
std::string upper_words(std::string_view s);
// The file being parsed, for location_of(); parse.cpp sets it around each statement.
class SourceScope {
public:
    explicit SourceScope(const std::string& source);
    ~SourceScope();
    SourceScope(const SourceScope&) = delete;
    SourceScope& operator=(const SourceScope&) = delete;

private:
    const std::string* previous_;
};
engine::SourceLocation location_of(const Node& n);

// An identifier token: "Quoted" keeps case (with "" unescaped), unquoted folds to lower case.
engine::Ident ident_of(const Node& name_node);
// The identifier parts of a qualified_name node.
std::vector<engine::Ident> name_parts(const Node& qualified);

// The name inside a quoted identifier token: "a""b" → a"b. (Shared with expression/lexer.cpp.)
std::string unquote_identifier(std::string_view quoted);

// Decodes any string literal form ('…', E'…', U&'…', $tag$…$tag$) to its value.
std::string string_value_of(std::string_view literal);

// An option_list node `(name [= value], …)` into `into`: names fold like identifiers; a name
// without a value gets `bare` ("true" for storage parameters). With `reset`, the names are removed.
void read_options(engine::Options& into, const Node& option_list, std::string_view bare = "true", bool reset = false);

// A value expression: its canonical tokens and its syntax tree.
engine::Expression make_expression(std::string_view text);
// The expression a node of the statement being applied holds: the one prepare_expressions made
// ahead for it, else made now.
engine::Expression expression_of(const Node& n);
// Parses ahead the expressions of `tree` that its statement's model holds (prepared_expressions.cpp).
void prepare_expressions(const Tree& tree);
// The tree being applied, for expression_of(); parse.cpp sets it around each statement.
class AppliedTreeScope {
public:
    explicit AppliedTreeScope(const Tree* tree);
    ~AppliedTreeScope();
    AppliedTreeScope(const AppliedTreeScope&) = delete;
    AppliedTreeScope& operator=(const AppliedTreeScope&) = delete;

private:
    const Tree* previous_;
};
// A partition bound (DEFAULT, FOR VALUES …): tokens and tree.
engine::Expression make_partition_bound(std::string_view text);
// Text that is no value expression (a view query, a partition key, an argument type list):
// canonical tokens only.
engine::Expression make_token_expression(std::string_view text);

}  // namespace parser
