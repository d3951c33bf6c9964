// Finding a function the way COMMENT ON FUNCTION and GRANT … ON FUNCTION name it: by name, and
// by the input arguments written in the signature (names and modes allowed, OUT skipped).
#include <algorithm>

#include "transform/builder.hpp"

namespace parser {

namespace {

// The signature's input arguments: top-level groups of `(…)` that are not OUT arguments, each
// as its tokens.
std::vector<std::vector<engine::Token>> input_groups(const engine::Expression& signature) {
    std::vector<std::vector<engine::Token>> groups;
    std::vector<engine::Token> current;
    std::size_t depth = 0;
    auto finish = [&] {
        if (!current.empty() && current.front().text != "out") groups.push_back(current);
        current.clear();
    };
    for (const auto& t : signature.tokens) {
        if (t.text == "(" && ++depth == 1) continue;
        if (t.text == ")" && --depth == 0) break;
        if (t.text == "," && depth == 1) {
            finish();
            continue;
        }
        current.push_back(t);
    }
    finish();
    return groups;
}

bool ends_with(const std::vector<engine::Token>& group, const std::vector<engine::Token>& suffix) {
    if (suffix.empty() || suffix.size() > group.size()) return false;
    return std::equal(suffix.rbegin(), suffix.rend(), group.rbegin(),
                      [](const engine::Token& a, const engine::Token& b) { return a.text == b.text; });
}

}  // namespace

engine::Function* Builder::find_function(const engine::QualifiedName& name, const engine::Expression* signature,
                                         const Node& at) {
    const auto groups = signature ? input_groups(*signature) : std::vector<std::vector<engine::Token>>{};
    std::vector<engine::Function*> candidates;
    int same_name = 0;
    const std::string prefix = name.quoted() + "(";
    for (auto it = catalog.functions.lower_bound(prefix);
         it != catalog.functions.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        engine::Function& f = it->second;
        ++same_name;
        std::size_t in_args = 0;
        for (const auto& a : f.args) in_args += a.mode != engine::ArgMode::out;
        if (!signature || groups.size() == in_args) candidates.push_back(&f);
    }
    // Without an argument list the name must be unique, as in PostgreSQL.
    if (!signature && same_name > 1) fail(at, "function name " + name.quoted() + " is not unique");
    if (candidates.empty()) return nullptr;
    if (!signature) return candidates.back();
    // Overloads with as many arguments: the one whose types end every written argument.
    for (engine::Function* f : candidates) {
        std::size_t i = 0;
        bool all = true;
        for (const auto& a : f->args) {
            if (a.mode == engine::ArgMode::out) continue;
            all = all && ends_with(groups[i++], make_token_expression(a.type.sql()).tokens);
        }
        if (all) return f;
    }
    return candidates.back();
}

}  // namespace parser
