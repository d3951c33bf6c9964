#include "engine/model/expression_node.hpp"

namespace engine {

// Written out rather than defaulted: clang 14 crashes on a defaulted == over vector<ExprNode>.
bool ExprNode::operator==(const ExprNode& other) const {
    if (kind != other.kind || value != other.value || names != other.names || modifier != other.modifier ||
        negated != other.negated || children.size() != other.children.size())
        return false;
    for (std::size_t i = 0; i < children.size(); ++i)
        if (!(children[i] == other.children[i])) return false;
    return true;
}

ExprNode make_leaf(ExprKind kind, std::string value) {
    ExprNode n;
    n.kind = kind;
    n.value = std::move(value);
    return n;
}

ExprNode make_node(ExprKind kind, std::string value, std::vector<ExprNode> children) {
    ExprNode n = make_leaf(kind, std::move(value));
    n.children = std::move(children);
    return n;
}

namespace {

// 'text' with quotes doubled and control characters escaped, so the output stays on one line.
std::string quoted_text(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        switch (c) {
            case '\'': out += "''"; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out + "'";
}

// A name as written unquoted when it would fold to itself, else in double quotes.
std::string name_text(const std::string& name) {
    bool plain = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$');
    if (plain) return name;
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string dotted(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ".") + name_text(n);
    return out;
}

std::string operator_text(const ExprNode& n) {
    return n.names.empty() ? n.value : "OPERATOR(" + dotted(n.names) + "." + n.value + ")";
}

std::string negatable(const ExprNode& n, const std::string& word) {
    return n.negated ? "not-" + word : word;
}

std::string head_of(const ExprNode& n) {
    switch (n.kind) {
        case ExprKind::function_call: return "call " + dotted(n.names);
        case ExprKind::named_argument: return "=> " + name_text(n.value);
        case ExprKind::operator_expr: return operator_text(n);
        case ExprKind::bool_and: return "and";
        case ExprKind::bool_or: return "or";
        case ExprKind::bool_not: return "not";
        case ExprKind::cast: return "::";
        case ExprKind::case_expr: return "case";
        case ExprKind::conditional: return n.value;
        case ExprKind::sql_value_function: return n.value;
        case ExprKind::null_test: return n.negated ? "is-not-null" : "is-null";
        case ExprKind::boolean_test: return (n.negated ? "is-not-" : "is-") + n.value;
        case ExprKind::distinct_from: return n.negated ? "is-not-distinct-from" : "is-distinct-from";
        case ExprKind::between: return negatable(n, n.modifier.empty() ? "between" : "between-" + n.modifier);
        case ExprKind::in_list: return negatable(n, "in");
        case ExprKind::in_subquery: return negatable(n, "in-subquery");
        case ExprKind::pattern_match: return negatable(n, n.value);
        case ExprKind::quantified: return n.modifier + " " + operator_text(n);
        case ExprKind::array: return "array";
        case ExprKind::array_subquery: return "array-subquery";
        case ExprKind::row: return "row";
        case ExprKind::subscript: return "[]";
        case ExprKind::slice: return "[:]";
        case ExprKind::field_select: return ".";
        case ExprKind::collate: return "collate";
        case ExprKind::at_time_zone: return "at-time-zone";
        case ExprKind::exists: return "exists";
        case ExprKind::subquery: return "subquery " + n.value;
        case ExprKind::clause: return n.modifier.empty() ? n.value : n.value + " " + n.modifier;
        case ExprKind::partition_bound: return "partition-bound " + n.value;
        default: return "?";
    }
}

}  // namespace

std::string to_sexpr(const ExprNode& n) {
    switch (n.kind) {
        case ExprKind::string_literal: return n.modifier + quoted_text(n.value);
        case ExprKind::bit_string: return n.modifier + quoted_text(n.value);
        case ExprKind::number:
        case ExprKind::keyword_literal: return n.value;
        case ExprKind::default_marker: return "default";
        case ExprKind::column_ref: return dotted(n.names) + (n.value == "*" ? ".*" : "");
        case ExprKind::parameter: return "$" + n.value;
        case ExprKind::star: return "*";
        case ExprKind::omitted: return "_";
        case ExprKind::sql_value_function:
            if (n.children.empty()) return n.value;
            break;
        case ExprKind::partition_bound:
            if (n.children.empty()) return "(partition-bound " + n.value + ")";
            break;
        default: break;
    }
    std::string out = "(" + head_of(n);
    for (const auto& c : n.children) out += " " + to_sexpr(c);
    // Trailing attributes: the type of a cast, the field of a selection, the collation.
    if (n.kind == ExprKind::cast) out += " " + n.value;
    if (n.kind == ExprKind::field_select) out += " " + (n.value == "*" ? n.value : name_text(n.value));
    if (n.kind == ExprKind::collate) out += " " + dotted(n.names);
    return out + ")";
}

}  // namespace engine
