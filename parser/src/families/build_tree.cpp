#include "families/parse_rule.hpp"

namespace parser::detail {

namespace {

std::uint32_t add_subtree(tao::pegtl::parse_tree::node& parent, const std::vector<TreeRecord>& records,
                          std::uint32_t i) {
    const TreeRecord& r = records[i];
    auto node = std::make_unique<tao::pegtl::parse_tree::node>();
    node->type = r.type;
    node->m_begin = r.begin;
    node->m_end = r.end;
    for (std::uint32_t j = i + 1; j < r.subtree_end;) j = add_subtree(*node, records, j);
    parent.children.push_back(std::move(node));
    return r.subtree_end;
}

}  // namespace

ParseTree build_tree(const std::vector<TreeRecord>& records) {
    auto root = std::make_unique<tao::pegtl::parse_tree::node>();
    for (std::uint32_t i = 0; i < records.size();) i = add_subtree(*root, records, i);
    return root;
}

}  // namespace parser::detail
