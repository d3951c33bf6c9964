#pragma once
// The parse tree of one statement: a node for every grammar rule marked `kept` that matched.
// All nodes of a tree live in one array and all child lists in another, so a tree costs three
// allocations however big it is, and a node's rule is compared by address, not by name.
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <tao/pegtl/internal/iterator.hpp>

#include "engine/model/expression.hpp"

namespace parser {

// One object per grammar rule: its address identifies the rule in every translation unit.
template <typename Rule>
inline constexpr char rule_id = 0;

struct Node;

// A child as the code that reads trees uses it: c->…, *c, c.get().
class NodeRef {
public:
    explicit NodeRef(const Node* node) : node_(node) {}
    const Node* operator->() const { return node_; }
    const Node& operator*() const { return *node_; }
    const Node* get() const { return node_; }

private:
    const Node* node_;
};

// A node's children, in input order.
class NodeList {
public:
    NodeList() = default;
    NodeList(const NodeRef* first, std::size_t count) : first_(first), count_(count) {}
    const NodeRef* begin() const { return first_; }
    const NodeRef* end() const { return first_ + count_; }
    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    const NodeRef& front() const { return first_[0]; }
    const NodeRef& back() const { return first_[count_ - 1]; }
    const NodeRef& operator[](std::size_t i) const { return first_[i]; }

private:
    const NodeRef* first_ = nullptr;
    std::size_t count_ = 0;
};

struct Node {
    const void* id = nullptr;  // &rule_id<Rule>; null for a tree's root
    std::string_view type;     // the rule's name, for messages
    tao::pegtl::internal::iterator m_begin;
    const char* m_end = nullptr;  // one past the last byte matched
    NodeList children;

    template <typename Rule>
    bool is_type() const noexcept {
        return id == &rule_id<Rule>;
    }
    const tao::pegtl::internal::iterator& begin() const { return m_begin; }
    std::string_view string_view() const {
        return {m_begin.data, static_cast<std::size_t>(m_end - m_begin.data)};
    }
};

// The root (a node without a rule) and the storage of every node below it.
struct Tree : Node {
    Tree() = default;
    Tree(const Tree&) = delete;
    Tree& operator=(const Tree&) = delete;

    std::vector<Node> nodes;
    std::vector<NodeRef> child_refs;
    // The value expressions of the statement, by node index (empty if it has none), parsed on the
    // thread that parsed the statement (prepare_expressions) and moved out, once, by the one that
    // applies it (expression_of).
    mutable std::vector<std::optional<engine::Expression>> prepared;
};

using ParseTree = std::unique_ptr<Tree>;

// Gives a tree that is done with back to the thread that calls this, whose next trees reuse its
// arrays instead of allocating them again (families/build_tree.cpp).
void recycle_tree(ParseTree tree);

}  // namespace parser
