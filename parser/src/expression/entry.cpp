// The public entry points: a whole expression, or a partition bound.
#include "expression/parser.hpp"
#include "parser/expression.hpp"

namespace parser {

namespace expression {

ExprNode Parser::whole_expression() {
    ExprNode n = expression();
    if (peek().kind != TokenKind::end) fail_expected("an operator or the end of the expression");
    return n;
}

// DEFAULT | FOR VALUES IN (…) | FOR VALUES FROM (…) TO (…) | FOR VALUES WITH (MODULUS n, REMAINDER r)
ExprNode Parser::whole_partition_bound() {
    ExprNode bound = engine::make_leaf(ExprKind::partition_bound);
    auto values = [&] {
        expect_punct("(");
        std::vector<ExprNode> list = expression_list();
        expect_punct(")");
        return list;
    };
    if (accept_word("default")) {
        bound.value = "default";
    } else {
        expect_word("for");
        expect_word("values");
        if (accept_word("in")) {
            bound.value = "in";
            bound.children = values();
        } else if (accept_word("from")) {
            bound.value = "range";
            bound.children.push_back(engine::make_node(ExprKind::clause, "from", values()));
            expect_word("to");
            bound.children.push_back(engine::make_node(ExprKind::clause, "to", values()));
        } else {
            expect_word("with");
            bound.value = "hash";
            expect_punct("(");
            do {
                if (!at_word("modulus") && !at_word("remainder")) fail_expected("MODULUS or REMAINDER");
                std::string key = advance().value;
                bound.children.push_back(engine::make_node(ExprKind::named_argument, std::move(key), {expression()}));
            } while (accept_punct(","));
            expect_punct(")");
        }
    }
    if (peek().kind != TokenKind::end) fail_expected("the end of the partition bound");
    return bound;
}

ExprNode parse_tokens(std::string_view text, std::vector<Token> tokens) {
    Parser p(text, std::move(tokens));
    return p.whole_expression();
}

}  // namespace expression

engine::ExprNode parse_expression(std::string_view text) {
    return expression::parse_tokens(text, expression::tokenize(text));
}

engine::ExprNode parse_partition_bound(std::string_view text) {
    expression::Parser p(text, expression::tokenize(text));
    return p.whole_partition_bound();
}

}  // namespace parser
