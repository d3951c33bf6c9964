#include "families/expectations.hpp"

#include <algorithm>

namespace parser::detail {

std::string expected_list(const std::vector<std::string_view>& names, const std::string& close_note) {
    std::vector<std::string> unique;
    for (std::string_view name : names)
        if (std::find(unique.begin(), unique.end(), name) == unique.end()) unique.emplace_back(name);
    // A missing ',' or ')' is the likeliest mistake: those come first. Up to ten are listed; of
    // more, eight and a count.
    std::stable_partition(unique.begin(), unique.end(), [](const std::string& s) { return s == "','" || s == "')'"; });
    const std::size_t listed = unique.size() <= 10 ? unique.size() : 8;
    std::string out;
    for (std::size_t i = 0; i < listed; ++i) {
        if (i > 0) out += (i + 1 == listed && listed == unique.size()) ? " or " : ", ";
        out += unique[i];
        if (unique[i] == "')'" && !close_note.empty()) out += " (" + close_note + ")";
    }
    if (listed < unique.size()) out += " or " + std::to_string(unique.size() - listed) + " more";
    return out;
}

}  // namespace parser::detail
