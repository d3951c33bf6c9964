// The expression tokenizer: PEGTL's lexical rules (shared with the statement grammars) match one
// token at a time; PostgreSQL's extra operator rule and the punctuation are applied here.
#include <cctype>
#include <cstring>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "expression/literals.hpp"
#include "expression/position.hpp"
#include "expression/token.hpp"
#include "grammar/lexical.hpp"
#include "transform/node.hpp"

namespace parser::expression {

namespace {

namespace g = grammar;
namespace pegtl = tao::pegtl;

struct one_token : pegtl::sor<g::string_literal, g::quoted_ident, g::parameter, g::number, g::unquoted_ident,
                              g::operator_token> {};

template <typename Rule>
struct classify : pegtl::nothing<Rule> {};

template <TokenKind Kind>
struct set_kind {
    template <typename Input>
    static void apply(const Input&, TokenKind& kind) {
        kind = Kind;
    }
};
template <> struct classify<g::string_literal> : set_kind<TokenKind::string> {};
template <> struct classify<g::quoted_ident> : set_kind<TokenKind::quoted_identifier> {};
template <> struct classify<g::parameter> : set_kind<TokenKind::parameter> {};
template <> struct classify<g::number> : set_kind<TokenKind::number> {};
template <> struct classify<g::unquoted_ident> : set_kind<TokenKind::identifier> {};
template <> struct classify<g::operator_token> : set_kind<TokenKind::op> {};

// Length of the operator PostgreSQL's scanner takes from a run of operator characters: a
// multi-character operator ends in + or - only if it also holds one of ~ ! @ # % ^ & | ` ?,
// so "=-1" is "=" followed by "-1".
std::size_t operator_length(std::string_view run) {
    std::size_t n = run.size();
    if (n > 1 && (run[n - 1] == '+' || run[n - 1] == '-') && run.substr(0, n - 1).find_first_of("~!@#%^&|`?") == std::string_view::npos) {
        do --n;
        while (n > 1 && (run[n - 1] == '+' || run[n - 1] == '-'));
    }
    return n;
}

// Length of white space and comments at the start of `rest`; npos for an unterminated comment.
std::size_t separator_length(std::string_view rest) {
    const char* const end = rest.data() + rest.size();
    const char* const after = g::scan::separator(rest.data(), end);
    if (after + 1 < end && after[0] == '/' && after[1] == '*') return std::string_view::npos;
    return static_cast<std::size_t>(after - rest.data());
}

[[noreturn]] void fail_at(std::string_view text, std::size_t offset, const std::string& message) {
    throw engine::Error(location_in(text, offset), message);
}

// Matches one token at the start of `rest`: its kind and length; length 0 when none matches.
std::pair<TokenKind, std::size_t> match_token(std::string_view text, std::size_t offset) {
    const std::string_view rest = text.substr(offset);
    // The common tokens without a PEGTL parse: punctuation, and words that do not prefix a string.
    const char c = rest[0];
    if (c == '(' || c == ')' || c == ',' || c == '[' || c == ']' || c == ';') return {TokenKind::punct, 0};
    if (g::scan::ident_start(c)) {
        const char next = rest.size() > 1 ? rest[1] : '\0';
        const bool string_prefix = (next == '\'' && std::strchr("eEbBxXnN", c)) || (next == '&' && (c == 'u' || c == 'U'));
        if (!string_prefix)
            return {TokenKind::identifier,
                    static_cast<std::size_t>(g::scan::word(rest.data(), rest.data() + rest.size()) - rest.data())};
    }
    TokenKind kind = TokenKind::punct;
    pegtl::memory_input<> in(rest.data(), rest.size(), "expression");
    try {
        if (!pegtl::parse<one_token, classify>(in, kind)) return {TokenKind::punct, 0};
    } catch (const pegtl::parse_error& e) {
        const bool dollar = std::strstr(e.what(), "dollar") != nullptr;
        fail_at(text, offset, dollar ? "unterminated dollar-quoted string" : "unterminated quoted string or identifier");
    }
    return {kind, static_cast<std::size_t>(in.current() - rest.data())};
}

std::size_t punct_length(std::string_view rest) {
    if (rest.size() > 1 && rest[0] == ':' && (rest[1] == ':' || rest[1] == '=')) return 2;
    return std::strchr("()[],.:;", rest[0]) ? 1 : 0;
}

// U&'…' UESCAPE '!': the escape clause that may follow a Unicode string.
char unicode_escape_after(std::string_view text, std::size_t& offset) {
    constexpr char standard = '\\';
    const std::size_t gap = separator_length(text.substr(offset));
    if (gap == std::string_view::npos) return standard;
    std::size_t at = offset + gap;
    constexpr std::string_view keyword = "uescape";
    if (text.size() - at <= keyword.size()) return standard;
    for (std::size_t i = 0; i < keyword.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != keyword[i]) return standard;
    const char after = text[at + keyword.size()];
    if (std::isalnum(static_cast<unsigned char>(after)) || after == '_' || after == '$' || (after & 0x80)) return standard;
    at += keyword.size();
    const std::size_t gap_after = separator_length(text.substr(at));
    if (gap_after == std::string_view::npos) return standard;
    at += gap_after;
    if (text.size() - at < 3 || text[at] != '\'' || text[at + 2] != '\'') fail_at(text, at, "expected a one-character string after UESCAPE");
    offset = at + 3;
    return text[at + 1];
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t offset = 0;
    auto skip_separator = [&] {
        const std::size_t n = separator_length(text.substr(offset));
        if (n == std::string_view::npos) fail_at(text, text.find("/*", offset), "unterminated /* comment");
        offset += n;
    };
    skip_separator();
    while (offset < text.size()) {
        Token t;
        t.offset = offset;
        auto [kind, length] = match_token(text, offset);
        if (length == 0) {
            length = punct_length(text.substr(offset));
            if (length == 0) fail_at(text, offset, "unexpected character \"" + std::string(1, text[offset]) + "\"");
        }
        if (kind == TokenKind::op) length = operator_length(text.substr(offset, length));
        t.kind = kind;
        t.text = std::string(text.substr(offset, length));
        offset += length;
        switch (kind) {
            case TokenKind::identifier: t.value = engine::fold_identifier(t.text); break;
            case TokenKind::quoted_identifier:
                t.value = unquote_identifier(t.text);
                if (t.value.empty()) fail_at(text, t.offset, "zero-length delimited identifier");
                break;
            case TokenKind::op: t.value = t.text == "!=" ? "<>" : t.text; break;
            case TokenKind::string: {
                t.prefix = literal_prefix(t.text);
                if (t.prefix == "b" || t.prefix == "x") {
                    t.kind = TokenKind::bit_string;
                    t.value = engine::fold_identifier(t.text.substr(2, t.text.size() - 3));
                    break;
                }
                const char escape = t.prefix == "u&" ? unicode_escape_after(text, offset) : '\\';
                auto decoded = decode_string_literal(t.text, escape);
                if (!decoded) fail_at(text, t.offset, "invalid escape in string literal " + t.text);
                t.value = std::move(*decoded);
                break;
            }
            case TokenKind::number: t.value = engine::fold_identifier(t.text); break;
            case TokenKind::parameter: t.value = t.text.substr(1); break;
            default: t.value = t.text;
        }
        tokens.push_back(std::move(t));
        skip_separator();
    }
    Token end;
    end.offset = text.size();
    tokens.push_back(end);
    return tokens;
}

}  // namespace parser::expression
