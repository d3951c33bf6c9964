// Operator precedence: a precedence-climbing loop over PostgreSQL 15's levels (see parser.hpp).
#include "expression/parser.hpp"

namespace parser::expression {

namespace {

bool non_associative(int level) { return level == level_is || level == level_comparison || level == level_pattern; }

// Non-associativity only bites where bison meets a choice: after a construct that ends in an
// operand (`a < b`, `a LIKE b`, `a IS DISTINCT FROM b`). Postfix forms such as IS NULL,
// IN (…) and = ANY (…) end in a keyword or parenthesis, so `a IS NULL IS NULL` is valid.
bool ends_in_operand(const ExprNode& n) {
    switch (n.kind) {
        case ExprKind::null_test:
        case ExprKind::boolean_test:
        case ExprKind::in_list:
        case ExprKind::in_subquery:
        case ExprKind::quantified: return false;
        default: return true;
    }
}

int operator_level(const std::string& op) {
    if (op == "+" || op == "-") return level_additive;
    if (op == "*" || op == "/" || op == "%") return level_multiplicative;
    if (op == "^") return level_exponent;
    if (op == "<" || op == ">" || op == "=" || op == "<=" || op == ">=" || op == "<>") return level_comparison;
    if (op == "=>") return lowest;  // named-argument arrow: ends the operand
    return level_other_op;
}

ExprNode unary(std::string op, ExprNode operand) {
    // PostgreSQL folds a minus sign into a numeric constant while parsing (doNegate).
    if (op == "-" && operand.kind == ExprKind::number) {
        if (operand.value.front() == '-') operand.value.erase(0, 1);
        else operand.value.insert(0, "-");
        return operand;
    }
    return engine::make_node(ExprKind::operator_expr, std::move(op), {std::move(operand)});
}

ExprNode bool_chain(ExprKind kind, ExprNode left, ExprNode right) {
    // makeAndExpr/makeOrExpr append to a left operand of the same kind.
    if (left.kind == kind) {
        left.children.push_back(std::move(right));
        return left;
    }
    std::vector<ExprNode> operands;
    operands.push_back(std::move(left));
    operands.push_back(std::move(right));
    return engine::make_node(kind, "", std::move(operands));
}

}  // namespace

ExprNode Parser::expression(int floor) {
    Nesting nesting(*this);
    ExprNode left = peek().kind == TokenKind::op || at_word("not") || (at_word("operator") && at_punct("(", 1))
                        ? prefix_operator()
                        : primary();
    int previous = lowest;
    for (int level = infix_level(); level > floor; level = infix_level()) {
        if (level == previous && non_associative(level)) fail("syntax error " + near_current() + " (the operator is non-associative)");
        const bool extends_chain = (level == level_and && left.kind == ExprKind::bool_and) ||
                                   (level == level_or && left.kind == ExprKind::bool_or);
        if (!extends_chain) nesting.add();  // a left-deep chain is as deep as it is long
        left = infix(std::move(left), level);
        previous = ends_in_operand(left) ? level : lowest;
    }
    return left;
}

ExprNode Parser::prefix_operator() {
    if (accept_word("not")) return engine::make_node(ExprKind::bool_not, "", {expression(level_not - 1)});
    if (at_word("operator")) {
        auto [schema, op] = operator_in_parens();
        ExprNode n = engine::make_node(ExprKind::operator_expr, op, {expression(level_other_op)});
        n.names = std::move(schema);
        return n;
    }
    const std::string op = advance().value;
    if (op == "+" || op == "-") return unary(op, expression(level_unary));
    return engine::make_node(ExprKind::operator_expr, op, {expression(level_other_op)});
}

std::pair<std::vector<std::string>, std::string> Parser::operator_in_parens() {
    expect_word("operator");
    expect_punct("(");
    std::vector<std::string> schema;
    while (peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted_identifier) {
        schema.push_back(advance().value);
        expect_punct(".");
    }
    if (peek().kind != TokenKind::op) fail_expected("an operator");
    std::string op = advance().value;
    expect_punct(")");
    return {std::move(schema), std::move(op)};
}

int Parser::infix_level() const {
    const Token& t = peek();
    if (t.kind == TokenKind::op) return operator_level(t.value);
    if (t.kind == TokenKind::punct) {
        if (t.text == "::") return level_cast;
        if (t.text == "[") return level_subscript;
        if (t.text == ".") return level_field;
        return lowest;
    }
    if (t.kind != TokenKind::identifier) return lowest;
    const std::string& w = t.value;
    if (w == "or") return level_or;
    if (w == "and") return level_and;
    if (w == "is" || w == "isnull" || w == "notnull") return level_is;
    if (w == "between" || w == "in" || w == "like" || w == "ilike") return level_pattern;
    if (w == "similar") return at_word("to", 1) ? level_pattern : lowest;
    if (w == "not") {
        const bool pattern = at_word("between", 1) || at_word("in", 1) || at_word("like", 1) || at_word("ilike", 1) ||
                             (at_word("similar", 1) && at_word("to", 2));
        return pattern ? level_pattern : lowest;
    }
    if (w == "collate") return level_collate;
    if (w == "at") return at_word("time", 1) ? level_at : lowest;
    if (w == "operator") return at_punct("(", 1) ? level_other_op : lowest;
    if (w == "overlaps") return level_other_op;
    return lowest;
}

ExprNode Parser::infix(ExprNode left, int level) {
    const Token& t = peek();
    if (t.kind == TokenKind::op) {
        std::string op = advance().value;
        return binary_operator(std::move(left), std::move(op), {}, level);
    }
    if (t.kind == TokenKind::punct) {
        if (accept_punct("::")) return engine::make_node(ExprKind::cast, type_name(), {std::move(left)});
        if (t.text == "[") return postfix_subscript(std::move(left));
        expect_punct(".");
        if (accept_op_star()) return engine::make_node(ExprKind::field_select, "*", {std::move(left)});
        if (peek().kind != TokenKind::identifier && peek().kind != TokenKind::quoted_identifier) fail_expected("a field name");
        return engine::make_node(ExprKind::field_select, advance().value, {std::move(left)});
    }
    const std::string word = t.value;
    if (word == "operator") {
        auto [schema, op] = operator_in_parens();
        return binary_operator(std::move(left), std::move(op), std::move(schema), level);
    }
    if (accept_word("overlaps")) {
        // (a, b) OVERLAPS (c, d) is the function overlaps(a, b, c, d), as in gram.y.
        ExprNode right = expression(level_other_op);
        if (left.kind != ExprKind::row || right.kind != ExprKind::row || left.children.size() != 2 || right.children.size() != 2)
            fail("OVERLAPS needs a row of two values on each side");
        ExprNode call = engine::make_leaf(ExprKind::function_call);
        call.names = {"overlaps"};
        for (auto* side : {&left, &right})
            for (auto& c : side->children) call.children.push_back(std::move(c));
        return call;
    }
    if (word == "and" || word == "or") {
        advance();
        return bool_chain(word == "and" ? ExprKind::bool_and : ExprKind::bool_or, std::move(left), expression(level));
    }
    if (level == level_is) return is_suffix(std::move(left));
    if (level == level_pattern) {
        const bool negated = accept_word("not");
        return pattern_suffix(std::move(left), negated);
    }
    if (accept_word("collate")) {
        ExprNode n = engine::make_node(ExprKind::collate, "", {std::move(left)});
        do {
            if (peek().kind != TokenKind::identifier && peek().kind != TokenKind::quoted_identifier) fail_expected("a collation name");
            n.names.push_back(advance().value);
        } while (accept_punct("."));
        return n;
    }
    expect_word("at");
    expect_word("time");
    expect_word("zone");
    return engine::make_node(ExprKind::at_time_zone, "", {std::move(left), expression(level_at)});
}

ExprNode Parser::binary_operator(ExprNode left, std::string op, std::vector<std::string> schema, int level) {
    if ((at_word("any") || at_word("some") || at_word("all")) && at_punct("(", 1)) {
        const std::string quantifier = advance().value == "all" ? "all" : "any";
        ExprNode right = at_subquery_start(1) ? subquery() : (expect_punct("("), parenthesised_tail());
        ExprNode n = engine::make_node(ExprKind::quantified, std::move(op), {std::move(left), std::move(right)});
        n.modifier = quantifier;
        n.names = std::move(schema);
        return n;
    }
    ExprNode n = engine::make_node(ExprKind::operator_expr, std::move(op), {std::move(left), expression(level)});
    n.names = std::move(schema);
    return n;
}

ExprNode Parser::is_suffix(ExprNode left) {
    if (accept_word("isnull")) return engine::make_node(ExprKind::null_test, "", {std::move(left)});
    if (accept_word("notnull")) {
        ExprNode n = engine::make_node(ExprKind::null_test, "", {std::move(left)});
        n.negated = true;
        return n;
    }
    expect_word("is");
    const bool negated = accept_word("not");
    ExprNode n;
    if (accept_word("null")) {
        n = engine::make_node(ExprKind::null_test, "", {std::move(left)});
    } else if (at_word("true") || at_word("false") || at_word("unknown")) {
        n = engine::make_node(ExprKind::boolean_test, advance().value, {std::move(left)});
    } else if (accept_word("distinct")) {
        expect_word("from");
        n = engine::make_node(ExprKind::distinct_from, "", {std::move(left), expression(level_is)});
    } else {
        fail_expected("NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after IS");
    }
    n.negated = negated;
    return n;
}

ExprNode Parser::pattern_suffix(ExprNode left, bool negated) {
    ExprNode n;
    if (accept_word("between")) {
        n = engine::make_node(ExprKind::between, "", {std::move(left)});
        if (accept_word("symmetric")) n.modifier = "symmetric";
        else accept_word("asymmetric");
        n.children.push_back(expression(level_pattern));
        expect_word("and");
        n.children.push_back(expression(level_pattern));
    } else if (accept_word("in")) {
        if (at_subquery_start(1)) {
            n = engine::make_node(ExprKind::in_subquery, "", {std::move(left), subquery()});
        } else {
            expect_punct("(");
            n = engine::make_node(ExprKind::in_list, "", {std::move(left)});
            for (auto& item : expression_list()) n.children.push_back(std::move(item));
            expect_punct(")");
        }
    } else {
        std::string kind = advance().value;  // like, ilike or similar
        if (kind == "similar") expect_word("to");
        if (kind != "similar" && (at_word("any") || at_word("some") || at_word("all")) && at_punct("(", 1)) {
            // LIKE ANY (…) is a quantified comparison with the LIKE operator itself.
            const std::string op = std::string(negated ? "!" : "") + "~~" + (kind == "ilike" ? "*" : "");
            return binary_operator(std::move(left), op, {}, level_pattern);
        }
        n = engine::make_node(ExprKind::pattern_match, std::move(kind), {std::move(left), expression(level_pattern)});
        if (accept_word("escape")) n.children.push_back(expression(level_pattern));
    }
    n.negated = negated;
    return n;
}

ExprNode Parser::postfix_subscript(ExprNode base) {
    expect_punct("[");
    ExprNode lower = at_punct(":") ? engine::make_leaf(ExprKind::omitted) : expression();
    if (!accept_punct(":")) {
        expect_punct("]");
        return engine::make_node(ExprKind::subscript, "", {std::move(base), std::move(lower)});
    }
    ExprNode upper = at_punct("]") ? engine::make_leaf(ExprKind::omitted) : expression();
    expect_punct("]");
    return engine::make_node(ExprKind::slice, "", {std::move(base), std::move(lower), std::move(upper)});
}

}  // namespace parser::expression
