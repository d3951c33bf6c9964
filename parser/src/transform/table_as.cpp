// CREATE TABLE … AS SELECT …: a table whose columns come from a select list. Strata has no
// server to ask for the query's result types, so each column's type must be visible in the list:
// a cast (`x::int`, `CAST(x AS int)`), a typed literal (`date '2024-01-01'`) or a plain literal
// (integer, numeric, string, boolean). Anything else is an error that says how to write it.
#include <charconv>
#include <optional>
#include <set>

#include "expression/token.hpp"
#include "families/parse_rule.hpp"
#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;
using expression::Token;
using expression::TokenKind;

namespace {

bool is_word(const Token& t, std::string_view word) { return t.kind == TokenKind::identifier && t.value == word; }
bool is_punct(const Token& t, std::string_view p) { return t.kind == TokenKind::punct && t.text == p; }
bool is_name(const Token& t) { return t.kind == TokenKind::identifier || t.kind == TokenKind::quoted_identifier; }
std::size_t end_of(const Token& t) { return t.offset + t.text.size(); }
// How a token changes the bracket depth: +1 for ( and [, -1 for ) and ], else 0.
int depth_step(const Token& t) {
    if (is_punct(t, "(") || is_punct(t, "[")) return 1;
    if (is_punct(t, ")") || is_punct(t, "]")) return -1;
    return 0;
}

// Words that end a select list at the top level.
bool ends_select_list(const Token& t) {
    static const std::set<std::string, std::less<>> words{"from",   "where",     "group",  "having", "window",
                                                          "order",  "limit",     "offset", "fetch",  "union",
                                                          "except", "intersect", "into",   "for"};
    return t.kind == TokenKind::identifier && words.count(t.value);
}

// One select-list item: tokens [begin, end) of the query, without its alias.
struct Item {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t cast_at = 0;  // its last top-level `::`, or end when there is none
    std::string alias;
};

std::vector<Item> select_items(const std::vector<Token>& t, std::size_t i) {
    std::vector<Item> items;
    for (;;) {
        Item item;
        item.begin = i;
        std::optional<std::size_t> cast_at;
        for (int depth = 0; t[i].kind != TokenKind::end; ++i) {
            depth += depth_step(t[i]);
            if (depth == 0 && (is_punct(t[i], ",") || ends_select_list(t[i]))) break;
            if (depth == 0 && is_punct(t[i], "::")) cast_at = i;
        }
        item.end = i;
        item.cast_at = cast_at.value_or(item.end);
        const std::size_t size = item.end - item.begin;
        // A cast's type may be several words (`::double precision`): no bare label after one.
        const bool cast = cast_at.has_value();
        if (size >= 3 && is_word(t[item.end - 2], "as") && is_name(t[item.end - 1])) {
            item.alias = t[item.end - 1].value;
            item.end -= 2;
        } else if (size >= 2 && !cast && is_name(t[item.end - 1]) && t[item.end - 2].kind != TokenKind::op &&
                   (t[item.end - 2].kind != TokenKind::punct || is_punct(t[item.end - 2], ")") ||
                    is_punct(t[item.end - 2], "]"))) {
            item.alias = t[item.end - 1].value;  // a bare label: `1 id`
            item.end -= 1;
        }
        items.push_back(item);
        if (!is_punct(t[i], ",")) return items;
        ++i;
    }
}

// The built-in type of a lone literal, as PostgreSQL types it in a query's result.
std::string literal_type(const Token& t) {
    if (t.kind == TokenKind::string && (t.prefix.empty() || t.prefix == "e" || t.prefix == "$")) return "text";
    if (is_word(t, "true") || is_word(t, "false")) return "boolean";
    if (t.kind != TokenKind::number) return "";
    if (t.text.find_first_of(".eE") != std::string::npos) return "numeric";
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), value);
    if (error != std::errc() || end != t.text.data() + t.text.size()) return "numeric";
    return value <= INT32_MAX ? "integer" : "bigint";
}

}  // namespace

void Builder::create_table_as(const Node& n) {
    engine::Table table;
    if (!start_table(table, n)) return;
    const Node& query_node = *child<g::table_as_query>(n);
    bool with_data = true;
    const std::string_view query = strip_query_suffix(text_of(query_node), nullptr, &with_data);
    std::vector<Token> t;
    try {
        t = expression::tokenize(query);
    } catch (const engine::Error& e) {
        fail(query_node, e.what());
    }
    const std::string what = "CREATE TABLE " + table.name.quoted() + " AS";
    std::size_t i = 0;
    if (!is_word(t[i], "select"))
        fail(query_node, what + ": Strata reads the columns of a SELECT list only; write the table's columns out");
    ++i;
    if (is_word(t[i], "all") || is_word(t[i], "distinct")) ++i;
    if (is_word(t[i], "on")) fail(query_node, what + ": DISTINCT ON is not supported; write the table's columns out");

    std::vector<engine::Ident> names;
    if (const Node* list = child<g::name_list>(n))
        for (const auto* name : children<g::name>(*list)) names.push_back(ident_of(*name));
    const std::vector<Item> items = select_items(t, i);
    if (names.size() > items.size()) fail(n, what + ": more column names than the query has columns");

    const engine::SourceLocation at = location_of(query_node);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Item& item = items[k];
        const std::string which = what + ", column " + std::to_string(k + 1);
        if (item.begin == item.end) fail(query_node, which + ": empty select-list item");
        // The type: after the last top-level `::`, inside CAST(… AS type), before a typed literal,
        // or a lone literal's own.
        std::size_t type_begin = 0, type_end = 0;
        const std::size_t cast_at = item.cast_at;
        std::string builtin;
        if (cast_at + 1 < item.end) {
            type_begin = t[cast_at + 1].offset;
            type_end = end_of(t[item.end - 1]);
        } else if (is_word(t[item.begin], "cast") && item.end - item.begin >= 5 && is_punct(t[item.begin + 1], "(") &&
                   is_punct(t[item.end - 1], ")")) {
            std::size_t as_at = item.end;
            int depth = 0;
            for (std::size_t j = item.begin + 2; j + 1 < item.end; ++j) {
                depth += depth_step(t[j]);
                if (depth == 0 && is_word(t[j], "as")) as_at = j;
            }
            if (as_at + 2 < item.end) {
                type_begin = t[as_at + 1].offset;
                type_end = end_of(t[item.end - 2]);
            }
        } else if (item.end - item.begin >= 2 && t[item.end - 1].kind == TokenKind::string &&
                   t[item.end - 1].prefix.empty() && is_name(t[item.begin])) {
            type_begin = t[item.begin].offset;  // date '…', timestamp with time zone '…'
            type_end = end_of(t[item.end - 2]);
        } else if (item.end - item.begin == 1) {
            builtin = literal_type(t[item.begin]);
        }
        engine::Column column;
        column.where = at;
        if (!builtin.empty()) {
            column.type.name = builtin;
        } else if (type_end > type_begin) {
            const std::string_view type_text = query.substr(type_begin, type_end - type_begin);
            StatementInput in(type_text.data(), type_text.data() + type_text.size(), "");
            const ParseTree root = parse_type_name_family(in);
            if (!root || root->children.empty())
                fail(query_node, which + ": cannot read the type '" + std::string(type_text) + "'");
            column.type = type_of(*root->children.front());
        } else {
            fail(query_node, which + ": Strata cannot tell this column's type without a server; cast it "
                                     "(expr::type) or write the table's columns out");
        }
        // The name: from the column list, the alias, a cast column (`x::int` is x), else ?column?.
        if (k < names.size()) column.name = names[k];
        else if (!item.alias.empty()) column.name = engine::Ident(item.alias);
        else if (cast_at < item.end && cast_at >= item.begin + 1 && is_name(t[cast_at - 1]))
            column.name = engine::Ident(t[cast_at - 1].value);
        else column.name = engine::Ident("?column?");
        if (table.find_column(column.name))
            fail(query_node, "column " + column.name.quoted() + " specified more than once in " + table.name.quoted());
        table.columns.push_back(std::move(column));
    }
    if (const Node* opts = child<g::option_list>(n)) read_options(table.storage_params, *opts);
    if (const Node* m = child<g::table_access_method>(n)) table.access_method = ident_of(*child<g::name>(*m)).str();
    if (const Node* ts = child<g::table_tablespace>(n)) table.tablespace = ident_of(*child<g::name>(*ts));
    catalog.tables[table.name] = std::move(table);
}

}  // namespace parser
