#include "families/parse_rule.hpp"

namespace parser {

namespace {

// Trees given back on this thread, whose arrays the next trees reuse: a tree's arrays are its
// allocations, and on a big input the same few sizes come back statement after statement.
thread_local std::vector<ParseTree> spare_trees;
constexpr std::size_t most_spare_trees = 256;

ParseTree fresh_tree() {
    if (spare_trees.empty()) return std::make_unique<Tree>();
    ParseTree tree = std::move(spare_trees.back());
    spare_trees.pop_back();
    return tree;
}

}  // namespace

void recycle_tree(ParseTree tree) {
    if (!tree) return;
    if (spare_trees.size() >= most_spare_trees) return;  // freed here
    tree->nodes.clear();
    tree->child_refs.clear();
    tree->prepared.clear();
    tree->children = {};
    spare_trees.push_back(std::move(tree));
}

namespace detail {

ParseTree build_tree(const std::vector<TreeRecord>& records) {
    ParseTree tree = fresh_tree();
    tree->nodes.resize(records.size());
    // Every node is one child of one parent: reserving them all keeps the lists' pointers valid.
    tree->child_refs.reserve(records.size());
    auto link = [&](Node& parent, std::uint32_t from, std::uint32_t to) {
        const std::size_t first = tree->child_refs.size();
        for (std::uint32_t j = from; j < to; j = records[j].subtree_end) tree->child_refs.emplace_back(&tree->nodes[j]);
        parent.children = NodeList(tree->child_refs.data() + first, tree->child_refs.size() - first);
    };
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        const TreeRecord& r = records[i];
        Node& node = tree->nodes[i];
        node.id = r.id;
        node.type = r.type;
        node.m_begin = r.begin;
        node.m_end = r.end;
        link(node, i + 1, r.subtree_end);
    }
    link(*tree, 0, static_cast<std::uint32_t>(records.size()));
    return tree;
}

}  // namespace detail

}  // namespace parser
