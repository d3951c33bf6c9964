#include "engine/model/expression_canonical.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <iterator>
#include <string>

namespace engine {

namespace {

const std::set<std::string, std::less<>> numeric_types{"smallint", "integer", "bigint", "numeric", "real", "double precision"};
// Types PostgreSQL relabels a varchar/char column to without a visible cast in the source.
const std::set<std::string, std::less<>> string_types{"text", "character varying", "character", "bpchar", "name"};

bool is_literal(const ExprNode& n) {
    return n.kind == ExprKind::string_literal || n.kind == ExprKind::number || n.kind == ExprKind::bit_string ||
           n.kind == ExprKind::keyword_literal;
}

bool looks_numeric(const std::string& s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    bool digits = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) digits = true;
        else if (s[i] != '.' && s[i] != 'e' && s[i] != 'E' && s[i] != '-' && s[i] != '+') return false;
    }
    return digits;
}

bool mentions_column(const ExprNode& n) {
    if (n.kind == ExprKind::column_ref) return true;
    for (const auto& c : n.children)
        if (mentions_column(c)) return true;
    return false;
}

ExprNode binary(std::string op, ExprNode left, ExprNode right) {
    return make_node(ExprKind::operator_expr, std::move(op), {std::move(left), std::move(right)});
}

ExprNode call(std::string name, std::vector<ExprNode> args) {
    ExprNode n = make_node(ExprKind::function_call, "", std::move(args));
    n.names = {std::move(name)};
    return n;
}

ExprNode flattened(ExprNode n) {
    std::vector<ExprNode> operands;
    for (auto& c : n.children) {
        if (c.kind == n.kind) {
            for (auto& g : c.children) operands.push_back(std::move(g));
        } else {
            operands.push_back(std::move(c));
        }
    }
    n.children = std::move(operands);
    return n;
}

// `a IN (…)` as PostgreSQL's transformAExprIn builds it: constants into one array comparison,
// the rest into single comparisons joined by OR (AND for NOT IN).
ExprNode in_list_as_comparisons(ExprNode n) {
    const std::string op = n.negated ? "<>" : "=";
    const ExprKind join = n.negated ? ExprKind::bool_and : ExprKind::bool_or;
    ExprNode operand = std::move(n.children.front());
    std::vector<ExprNode> items(std::make_move_iterator(n.children.begin() + 1), std::make_move_iterator(n.children.end()));
    const auto constant_count = std::count_if(items.begin(), items.end(), [](const ExprNode& i) { return !mentions_column(i); });
    std::vector<ExprNode> parts, others;
    if (constant_count > 1) {
        ExprNode array = make_leaf(ExprKind::array);
        for (auto& i : items) (mentions_column(i) ? others : array.children).push_back(std::move(i));
        ExprNode q = make_node(ExprKind::quantified, op, {operand, std::move(array)});
        q.modifier = n.negated ? "all" : "any";
        parts.push_back(std::move(q));
    } else {
        others = std::move(items);
    }
    for (auto& o : others) parts.push_back(binary(op, operand, std::move(o)));
    if (parts.size() == 1) return std::move(parts.front());
    return make_node(join, "", std::move(parts));
}

ExprNode pattern_as_operator(ExprNode n) {
    const bool has_escape = n.children.size() > 2;
    ExprNode pattern = std::move(n.children[1]);
    if (n.value == "similar") {
        std::vector<ExprNode> args{std::move(pattern)};
        if (has_escape) args.push_back(std::move(n.children[2]));
        return binary(n.negated ? "!~" : "~", std::move(n.children[0]), call("similar_to_escape", std::move(args)));
    }
    if (has_escape) pattern = call("like_escape", {std::move(pattern), std::move(n.children[2])});
    const std::string op = std::string(n.negated ? "!" : "") + "~~" + (n.value == "ilike" ? "*" : "");
    return binary(op, std::move(n.children[0]), std::move(pattern));
}

ExprNode between_as_comparisons(ExprNode n) {
    ExprNode& a = n.children[0];
    if (n.negated)
        return make_node(ExprKind::bool_or, "", {binary("<", a, std::move(n.children[1])), binary(">", a, std::move(n.children[2]))});
    return make_node(ExprKind::bool_and, "", {binary(">=", a, std::move(n.children[1])), binary("<=", a, std::move(n.children[2]))});
}

ExprNode without_literal_cast(ExprNode n) {
    ExprNode& operand = n.children.front();
    const std::string base = n.value.substr(0, n.value.find('('));
    if (operand.kind == ExprKind::string_literal && numeric_types.count(base) && looks_numeric(operand.value)) {
        operand.kind = ExprKind::number;  // '-1'::integer is how the catalog spells -1
        operand.modifier.clear();
    }
    const bool literal_array = operand.kind == ExprKind::array &&
                               std::all_of(operand.children.begin(), operand.children.end(), is_literal);
    const bool relabelled_column = operand.kind == ExprKind::column_ref && string_types.count(base);
    if (is_literal(operand) || literal_array || relabelled_column) return std::move(operand);
    return n;
}

}  // namespace

ExprNode canonicalize(ExprNode n) {
    for (auto& c : n.children) c = canonicalize(std::move(c));
    if (n.names.size() == 2 && n.names.front() == "pg_catalog" &&
        (n.kind == ExprKind::function_call || n.kind == ExprKind::operator_expr || n.kind == ExprKind::quantified))
        n.names.erase(n.names.begin());
    if ((n.kind == ExprKind::operator_expr || n.kind == ExprKind::quantified) && n.names == std::vector<std::string>{"pg_catalog"})
        n.names.clear();
    switch (n.kind) {
        case ExprKind::string_literal:
            if (n.modifier != "n") n.modifier.clear();
            return n;
        case ExprKind::cast: return without_literal_cast(std::move(n));
        case ExprKind::bool_and:
        case ExprKind::bool_or: return flattened(std::move(n));
        case ExprKind::in_list: return canonicalize(in_list_as_comparisons(std::move(n)));
        case ExprKind::pattern_match: return pattern_as_operator(std::move(n));
        case ExprKind::between:
            if (!n.modifier.empty()) return n;
            return canonicalize(between_as_comparisons(std::move(n)));
        default: return n;
    }
}

}  // namespace engine
