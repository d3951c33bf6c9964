// Function calls with their aggregate and window parts, the conditional expressions
// (COALESCE, NULLIF, GREATEST, LEAST) and the special forms that PostgreSQL turns into
// ordinary calls (EXTRACT, POSITION, SUBSTRING, TRIM, OVERLAY).
#include "expression/parser.hpp"

namespace parser::expression {

namespace {

ExprNode call_of(std::string name, std::vector<ExprNode> args) {
    ExprNode n = engine::make_node(ExprKind::function_call, "", std::move(args));
    n.names = {std::move(name)};
    return n;
}

ExprNode clause(std::string name, std::vector<ExprNode> children = {}) {
    return engine::make_node(ExprKind::clause, std::move(name), std::move(children));
}

}  // namespace

std::vector<ExprNode> Parser::expression_list() {
    std::vector<ExprNode> items;
    do items.push_back(expression());
    while (accept_punct(","));
    return items;
}

ExprNode Parser::function_call(std::vector<std::string> name) {
    expect_punct("(");
    ExprNode call = engine::make_leaf(ExprKind::function_call);
    call.names = std::move(name);
    std::vector<ExprNode> clauses;
    if (at_op("*") && at_punct(")", 1)) {
        advance();
        call.children.push_back(engine::make_leaf(ExprKind::star));
    } else if (!at_punct(")")) {
        if (accept_word("distinct")) clauses.push_back(clause("distinct"));
        else accept_word("all");
        do {
            const bool named = (peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted_identifier) &&
                               (at_op("=>", 1) || at_punct(":=", 1));
            if (accept_word("variadic")) {
                call.children.push_back(clause("variadic", {expression()}));
            } else if (named) {
                std::string arg = advance().value;
                advance();
                call.children.push_back(engine::make_node(ExprKind::named_argument, std::move(arg), {expression()}));
            } else {
                call.children.push_back(expression());
            }
        } while (accept_punct(","));
        if (at_word("order")) clauses.push_back(sort_list("order by"));
    }
    expect_punct(")");
    for (auto& c : clauses) call.children.push_back(std::move(c));
    return trailing_aggregate_clauses(std::move(call));
}

ExprNode Parser::trailing_aggregate_clauses(ExprNode call) {
    if (at_word("within") && at_word("group", 1)) {
        advance();
        advance();
        expect_punct("(");
        ExprNode order = sort_list("order by");
        expect_punct(")");
        call.children.push_back(clause("within group", {std::move(order)}));
    }
    if (at_word("filter") && at_punct("(", 1)) {
        advance();
        advance();
        expect_word("where");
        call.children.push_back(clause("filter", {expression()}));
        expect_punct(")");
    }
    if (at_word("over")) call.children.push_back(window_clause());
    return call;
}

ExprNode Parser::sort_list(const std::string& clause_name) {
    expect_word("order");
    expect_word("by");
    ExprNode list = clause(clause_name);
    do {
        ExprNode item = clause("sort", {expression()});
        std::string direction = "asc";
        if (accept_word("desc")) direction = "desc";
        else if (accept_word("using")) {
            if (peek().kind != TokenKind::op) fail_expected("an operator after USING");
            direction = "using " + advance().value;
        } else accept_word("asc");
        std::string nulls = direction == "desc" ? "nulls first" : "nulls last";
        if (accept_word("nulls")) {
            if (accept_word("first")) nulls = "nulls first";
            else {
                expect_word("last");
                nulls = "nulls last";
            }
        }
        // The defaults (ASC NULLS LAST, DESC NULLS FIRST) leave no trace, like parentheses.
        const bool default_nulls = nulls == (direction == "desc" ? "nulls first" : "nulls last");
        item.modifier = (direction == "asc" ? "" : direction);
        if (!default_nulls) item.modifier += (item.modifier.empty() ? "" : " ") + nulls;
        list.children.push_back(std::move(item));
    } while (accept_punct(","));
    return list;
}

ExprNode Parser::window_clause() {
    expect_word("over");
    ExprNode over = clause("over");
    if (!at_punct("(")) {
        if (peek().kind != TokenKind::identifier && peek().kind != TokenKind::quoted_identifier) fail_expected("a window");
        ExprNode name = clause("window name");
        name.modifier = advance().value;
        over.children.push_back(std::move(name));
        return over;
    }
    advance();
    const bool named_base = (peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted_identifier) &&
                            !at_word("partition") && !at_word("order") && !at_word("range") && !at_word("rows") &&
                            !at_word("groups");
    if (named_base) {
        ExprNode name = clause("window name");
        name.modifier = advance().value;
        over.children.push_back(std::move(name));
    }
    if (at_word("partition")) {
        advance();
        expect_word("by");
        over.children.push_back(clause("partition by", expression_list()));
    }
    if (at_word("order")) over.children.push_back(sort_list("order by"));
    if (at_word("range") || at_word("rows") || at_word("groups")) {
        // The frame is kept as its canonical words; nothing compares its parts yet.
        ExprNode frame = clause("frame");
        for (int depth = 0; depth > 0 || !at_punct(")"); advance()) {
            if (peek().kind == TokenKind::end) fail_expected("\")\" to close the window");
            if (at_punct("(")) ++depth;
            if (at_punct(")")) --depth;
            const Token& t = peek();
            frame.modifier += (frame.modifier.empty() ? "" : " ") + (t.kind == TokenKind::identifier ? t.value : t.text);
        }
        over.children.push_back(std::move(frame));
    }
    expect_punct(")");
    return over;
}

ExprNode Parser::conditional(const std::string& word) {
    advance();
    expect_punct("(");
    ExprNode n = engine::make_node(ExprKind::conditional, word, expression_list());
    expect_punct(")");
    if (word == "nullif" && n.children.size() != 2) fail("NULLIF takes exactly two arguments");
    return n;
}

ExprNode Parser::special_form(const std::string& word) {
    advance();
    expect_punct("(");
    std::vector<ExprNode> args;
    std::string name = word;
    if (word == "extract") {
        // EXTRACT(field FROM x) is extract('field', x) in PostgreSQL 14 and later.
        const Token& field = peek();
        if (field.kind != TokenKind::identifier && field.kind != TokenKind::string) fail_expected("a field name");
        args.push_back(engine::make_leaf(ExprKind::string_literal, advance().value));
        expect_word("from");
        args.push_back(expression());
    } else if (word == "position") {
        // POSITION(a IN b) is position(b, a).
        ExprNode needle = expression(level_pattern);
        expect_word("in");
        args.push_back(expression(level_pattern));
        args.push_back(std::move(needle));
    } else if (word == "substring") {
        args.push_back(expression());
        if (accept_word("from")) {
            args.push_back(expression());
            if (accept_word("for")) args.push_back(expression());
        } else if (accept_word("for")) {
            ExprNode count = expression();
            args.push_back(accept_word("from") ? expression() : engine::make_leaf(ExprKind::number, "1"));
            args.push_back(std::move(count));
        } else if (accept_word("similar")) {
            args.push_back(expression());
            expect_word("escape");
            args.push_back(expression());
        } else {
            while (accept_punct(",")) args.push_back(expression());
        }
    } else if (word == "trim") {
        // TRIM([BOTH|LEADING|TRAILING] [chars] FROM x) is btrim/ltrim/rtrim(x, chars).
        name = accept_word("leading") ? "ltrim" : accept_word("trailing") ? "rtrim" : (accept_word("both"), "btrim");
        if (accept_word("from")) {
            args = expression_list();
        } else {
            ExprNode first = expression();
            if (accept_word("from")) {
                args = expression_list();
                args.push_back(std::move(first));
            } else {
                args.push_back(std::move(first));
                while (accept_punct(",")) args.push_back(expression());
            }
        }
    } else {  // overlay
        args.push_back(expression());
        if (accept_word("placing")) {
            args.push_back(expression());
            expect_word("from");
            args.push_back(expression());
            if (accept_word("for")) args.push_back(expression());
        } else {
            while (accept_punct(",")) args.push_back(expression());
        }
    }
    expect_punct(")");
    return call_of(std::move(name), std::move(args));
}

}  // namespace parser::expression
