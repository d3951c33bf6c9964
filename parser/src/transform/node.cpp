#include "transform/node.hpp"

#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "expression/parser.hpp"
#include "expression/token.hpp"
#include "grammar/common.hpp"
#include "parser/expression.hpp"

namespace parser {

namespace g = grammar;

std::string unquote_identifier(std::string_view quoted) {
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        out += quoted[i];
        if (quoted[i] == '"') ++i;  // "" stands for one quote
    }
    return out;
}

std::string_view text_of(const Node& n) { return n.string_view(); }

namespace {
thread_local const std::string* current_source = nullptr;
}  // namespace

SourceScope::SourceScope(const std::string& source) : previous_(current_source) { current_source = &source; }
SourceScope::~SourceScope() { current_source = previous_; }

engine::SourceLocation location_of(const Node& n) {
    const auto& p = n.begin();
    return {current_source ? *current_source : std::string(), static_cast<int>(p.line), static_cast<int>(p.column)};
}

engine::Ident ident_of(const Node& name_node) {
    std::string_view t = text_of(name_node);
    if (!t.empty() && t.front() == '"') return engine::Ident(unquote_identifier(t));
    return engine::Ident(engine::fold_identifier(t));
}

std::vector<engine::Ident> name_parts(const Node& qualified) {
    std::vector<engine::Ident> out;
    out.reserve(qualified.children.size());
    for (const auto& c : qualified.children)
        if (c->is_type<g::name>()) out.push_back(ident_of(*c));
    return out;
}

std::string string_value_of(std::string_view lit) {
    std::string out;
    if (lit.empty()) return out;
    if (lit.front() == '$') {
        const std::size_t tag_end = lit.find('$', 1);
        const std::size_t tag_len = tag_end + 1;
        return std::string(lit.substr(tag_len, lit.size() - 2 * tag_len));
    }
    bool escapes = false;
    std::size_t i = 0;
    if (lit[0] == 'e' || lit[0] == 'E') {
        escapes = true;
        i = 1;
    } else if (lit[0] == 'u' || lit[0] == 'U' || lit[0] == 'n' || lit[0] == 'N' || lit[0] == 'b' || lit[0] == 'B' ||
               lit[0] == 'x' || lit[0] == 'X') {
        i = (lit[1] == '&') ? 2 : 1;
    }
    // Adjacent runs: 'a''b' and 'a' \n 'b' both join.
    while (i < lit.size()) {
        if (lit[i] != '\'') {
            ++i;
            continue;
        }
        ++i;
        while (i < lit.size() && lit[i] != '\'') {
            if (escapes && lit[i] == '\\' && i + 1 < lit.size()) {
                const char e = lit[i + 1];
                switch (e) {
                    case 'n': out += '\n'; break;
                    case 't': out += '\t'; break;
                    case 'r': out += '\r'; break;
                    case 'b': out += '\b'; break;
                    case 'f': out += '\f'; break;
                    default: out += e; break;
                }
                i += 2;
                continue;
            }
            out += lit[i++];
        }
        ++i;  // closing quote
        if (i < lit.size() && lit[i] == '\'') out += '\'';  // '' inside
    }
    return out;
}

namespace {

using namespace tao::pegtl;

// Any other character: a rule of its own, as `any` also matches inside quoted tokens.
struct other_char : any {};
struct expr_token : sor<g::string_literal, g::quoted_ident, g::parameter, g::number, g::unquoted_ident,
                        g::operator_token, other_char> {};
struct expr_tokens : seq<g::sep, star<expr_token, g::sep>, eof> {};

template <typename Rule>
struct token_action : nothing<Rule> {};

template <engine::TokenKind Kind>
struct push_token {
    template <typename Input>
    static void apply(const Input& in, std::vector<engine::Token>& out) {
        out.push_back({Kind, in.string()});
    }
};
template <> struct token_action<g::string_literal> : push_token<engine::TokenKind::string> {};
template <> struct token_action<g::parameter> : push_token<engine::TokenKind::parameter> {};
template <> struct token_action<g::number> : push_token<engine::TokenKind::number> {};
template <> struct token_action<g::operator_token> : push_token<engine::TokenKind::op> {};
template <>
struct token_action<g::quoted_ident> {
    template <typename Input>
    static void apply(const Input& in, std::vector<engine::Token>& out) {
        out.push_back({engine::TokenKind::quoted_identifier, unquote_identifier(in.string_view())});
    }
};
template <>
struct token_action<g::unquoted_ident> {
    template <typename Input>
    static void apply(const Input& in, std::vector<engine::Token>& out) {
        out.push_back({engine::TokenKind::keyword_or_name, engine::fold_identifier(in.string_view())});
    }
};
template <>
struct token_action<other_char> {
    template <typename Input>
    static void apply(const Input& in, std::vector<engine::Token>& out) {
        out.push_back({engine::TokenKind::punct, in.string()});
    }
};

}  // namespace

namespace {

std::atomic<std::size_t> fallbacks{0};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    return text;
}

// The statement grammar accepted `text`, so a failure here is a gap in the expression parser.
// It is counted, reported under STRATA_DEBUG_EXPR=1, and the expression keeps its tokens only.
template <typename Parse>
std::shared_ptr<const engine::ExprNode> tree_or_fallback(std::string_view text, Parse parse_tree) {
    try {
        return std::make_shared<const engine::ExprNode>(parse_tree(text));
    } catch (const engine::Error& e) {
        ++fallbacks;
        if (const char* debug = std::getenv("STRATA_DEBUG_EXPR"); debug && std::string_view(debug) == "1")
            std::fprintf(stderr, "strata: expression kept without a syntax tree: %s: %.*s\n", e.what(),
                         static_cast<int>(text.size()), text.data());
        return nullptr;
    }
}

}  // namespace

std::size_t expression_ast_fallbacks() { return fallbacks.load(); }

engine::Expression make_token_expression(std::string_view text) {
    text = trimmed(text);
    engine::Expression e;
    e.text = std::string(text);
    memory_input<> in(text.data(), text.size(), "expression");
    try {
        parse<expr_tokens, token_action>(in, e.tokens);
    } catch (const parse_error&) {
        // The statement grammar already accepted this text; fall back to one opaque token.
        e.tokens = {{engine::TokenKind::punct, e.text}};
    }
    return e;
}

namespace {

// The model's tokens from the expression lexer's, spelled as make_token_expression spells them:
// a run of operator characters is one token, and "::" is two.
std::vector<engine::Token> model_tokens(const std::vector<expression::Token>& tokens) {
    using K = expression::TokenKind;
    std::vector<engine::Token> out;
    out.reserve(tokens.size());
    std::size_t op_end = std::string::npos;  // where the last operator token ended
    for (const expression::Token& t : tokens) {
        switch (t.kind) {
            case K::identifier: out.push_back({engine::TokenKind::keyword_or_name, t.value}); break;
            case K::quoted_identifier: out.push_back({engine::TokenKind::quoted_identifier, t.value}); break;
            case K::string:
            case K::bit_string: out.push_back({engine::TokenKind::string, t.text}); break;
            case K::number: out.push_back({engine::TokenKind::number, t.text}); break;
            case K::parameter: out.push_back({engine::TokenKind::parameter, t.text}); break;
            case K::op:
                if (op_end == t.offset && !out.empty() && out.back().kind == engine::TokenKind::op) out.back().text += t.text;
                else out.push_back({engine::TokenKind::op, t.text});
                op_end = t.offset + t.text.size();
                continue;
            case K::punct:
                if (t.text == "::") {
                    out.push_back({engine::TokenKind::punct, ":"});
                    out.push_back({engine::TokenKind::punct, ":"});
                } else if (t.text == ":=") {
                    out.push_back({engine::TokenKind::punct, ":"});
                    out.push_back({engine::TokenKind::op, "="});
                } else {
                    out.push_back({engine::TokenKind::punct, t.text});
                }
                break;
            case K::end: break;
        }
        op_end = std::string::npos;
    }
    return out;
}

}  // namespace

engine::Expression make_expression(std::string_view text) {
    text = trimmed(text);
    // Lexed once, for both the tokens and the tree; text the lexer rejects takes the general path.
    std::vector<expression::Token> tokens;
    try {
        tokens = expression::tokenize(text);
    } catch (const engine::Error&) {
        engine::Expression e = make_token_expression(text);
        e.ast = tree_or_fallback(e.text, [](std::string_view t) { return parse_expression(t); });
        return e;
    }
    engine::Expression e;
    e.text = std::string(text);
    e.tokens = model_tokens(tokens);
    e.ast = tree_or_fallback(e.text, [&](std::string_view t) { return expression::parse_tokens(t, std::move(tokens)); });
    return e;
}

engine::Expression make_partition_bound(std::string_view text) {
    engine::Expression e = make_token_expression(text);
    e.ast = tree_or_fallback(e.text, [](std::string_view t) { return parse_partition_bound(t); });
    return e;
}

std::string upper_words(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace parser
