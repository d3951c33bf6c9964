// Value expressions are parsed on the thread that parses statements, ahead of the thread that
// applies them to the model: that one is the busier, and an expression needs nothing the model
// knows. Which nodes hold value expressions is decided here, by their rule.
#include "grammar/statement.hpp"
#include "transform/node.hpp"

namespace parser {

namespace g = grammar;

namespace {

thread_local const Tree* applied_tree = nullptr;

bool holds_expression(const Node& n) {
    return n.is_type<g::default_expr>() || n.is_type<g::set_default_expr>() || n.is_type<g::paren_expr_text>() ||
           n.is_type<g::index_function_call>();
}

void prepare_below(const Tree& tree, const Node& parent) {
    for (const auto& child : parent.children) {
        const Node& n = *child;
        // WHERE of an index, SET DEFAULT of a view; not a function's RETURN body, which stays text.
        const bool value_to_end = n.is_type<g::expr_to_end>() && !parent.is_type<g::fn_sql_body>();
        if (holds_expression(n) || value_to_end) {
            if (tree.prepared.empty()) tree.prepared.resize(tree.nodes.size());  // most statements have none
            tree.prepared[static_cast<std::size_t>(&n - tree.nodes.data())] = make_expression(text_of(n));
        } else
            prepare_below(tree, n);
    }
}

}  // namespace

AppliedTreeScope::AppliedTreeScope(const Tree* tree) : previous_(applied_tree) { applied_tree = tree; }
AppliedTreeScope::~AppliedTreeScope() { applied_tree = previous_; }

void prepare_expressions(const Tree& tree) { prepare_below(tree, tree); }

engine::Expression expression_of(const Node& n) {
    if (const Tree* t = applied_tree; t && !t->prepared.empty() && &n >= t->nodes.data() &&
                                      &n < t->nodes.data() + t->nodes.size()) {
        auto& prepared = t->prepared[static_cast<std::size_t>(&n - t->nodes.data())];
        if (prepared) {
            engine::Expression e = std::move(*prepared);
            prepared.reset();
            return e;
        }
    }
    return make_expression(text_of(n));
}

}  // namespace parser
