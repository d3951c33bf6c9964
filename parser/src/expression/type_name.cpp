// Type names in casts and typed literals, in the canonical spelling of format_type():
// `character varying(255)[]`, `timestamp(3) with time zone`, `interval day to second`.
#include <set>

#include "engine/diagnostic.hpp"
#include "engine/identifier.hpp"
#include "engine/model/type_name.hpp"
#include "expression/parser.hpp"

namespace parser::expression {

namespace {

const std::set<std::string, std::less<>> interval_field_words{"year", "month", "day", "hour", "minute", "second"};

std::string join_modifiers(const std::vector<std::string>& modifiers) {
    if (modifiers.empty()) return "";
    std::string out = "(";
    for (std::size_t i = 0; i < modifiers.size(); ++i) out += (i ? "," : "") + modifiers[i];
    return out + ")";
}

// "timestamp with time zone" + (3) is "timestamp(3) with time zone".
std::string with_modifiers(const std::string& name, const std::vector<std::string>& modifiers) {
    for (const char* zone : {" with time zone", " without time zone"}) {
        const std::size_t at = name.find(zone);
        if (at != std::string::npos) return name.substr(0, at) + join_modifiers(modifiers) + name.substr(at);
    }
    return name + join_modifiers(modifiers);
}

}  // namespace

std::vector<std::string> Parser::type_modifiers() {
    std::vector<std::string> modifiers;
    if (!accept_punct("(")) return modifiers;
    do {
        std::string m = at_op("-") ? advance().text : "";
        const Token& t = peek();
        if (t.kind != TokenKind::number && t.kind != TokenKind::identifier && t.kind != TokenKind::string &&
            t.kind != TokenKind::quoted_identifier)
            fail_expected("a type modifier");
        modifiers.push_back(m + advance().text);
    } while (accept_punct(","));
    expect_punct(")");
    return modifiers;
}

std::string Parser::interval_fields_suffix() {
    std::string out;
    if (peek().kind != TokenKind::identifier || !interval_field_words.count(peek().value)) return out;
    out = " " + advance().value;
    if (accept_word("to")) {
        if (peek().kind != TokenKind::identifier || !interval_field_words.count(peek().value)) fail_expected("an interval field");
        out += " to " + advance().value;
    }
    if (out.ends_with("second") && at_punct("(")) out += join_modifiers(type_modifiers());
    return out;
}

std::string Parser::type_name() {
    const Token& first = peek();
    std::string name;
    if (first.kind != TokenKind::identifier && first.kind != TokenKind::quoted_identifier) fail_expected("a type name");
    const std::string word = first.kind == TokenKind::identifier ? first.value : "";
    if (word == "double" && at_word("precision", 1)) {
        advance();
        advance();
        name = "double precision";
    } else if (word == "national" || word == "nchar" || word == "char" || word == "character" || word == "varchar") {
        advance();
        if (word == "national" && !accept_word("character")) expect_word("char");
        const bool varying = word == "varchar" || accept_word("varying");
        name = with_modifiers(varying ? "character varying" : "character", type_modifiers());
    } else if (word == "bit") {
        advance();
        const bool varying = accept_word("varying");
        name = with_modifiers(varying ? "bit varying" : "bit", type_modifiers());
    } else if (word == "timestamp" || word == "time") {
        advance();
        const std::vector<std::string> modifiers = type_modifiers();
        std::string zone = " without time zone";
        if (at_word("with") || at_word("without")) {
            if (advance().value == "with") zone = " with time zone";
            expect_word("time");
            expect_word("zone");
        }
        name = with_modifiers(word + zone, modifiers);
    } else if (word == "interval") {
        advance();
        const std::vector<std::string> modifiers = type_modifiers();
        name = "interval" + (modifiers.empty() ? interval_fields_suffix() : join_modifiers(modifiers));
    } else if (word == "float") {
        advance();
        const std::vector<std::string> modifiers = type_modifiers();
        name = !modifiers.empty() && std::atoi(modifiers.front().c_str()) <= 24 ? "real" : "double precision";
    } else {
        // A possibly qualified name; pg_catalog's types are spelled without their schema.
        std::vector<std::pair<std::string, bool>> parts;  // name, was quoted
        do {
            const Token& t = peek();
            if (t.kind != TokenKind::identifier && t.kind != TokenKind::quoted_identifier) fail_expected("a type name");
            parts.emplace_back(t.value, t.kind == TokenKind::quoted_identifier);
            advance();
        } while (at_punct(".") && (peek(1).kind == TokenKind::identifier || peek(1).kind == TokenKind::quoted_identifier) &&
                 accept_punct("."));
        if (parts.size() >= 2 && parts[parts.size() - 2].first == "pg_catalog") parts.erase(parts.begin(), parts.end() - 1);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const auto& [part, quoted] = parts[i];
            const bool builtin = parts.size() == 1 && !quoted;
            name += (i ? "." : "") + (builtin ? engine::canonical_type_name(part) : quoted ? engine::quote_ident(part) : part);
        }
        name = with_modifiers(name, type_modifiers());
    }
    bool array = false;
    for (;;) {
        if (at_punct("[")) {
            advance();
            if (peek().kind == TokenKind::number) advance();
            expect_punct("]");
            array = true;
        } else if (at_word("array")) {
            advance();
            if (accept_punct("[")) {
                if (peek().kind != TokenKind::number) fail_expected("an array bound");
                advance();
                expect_punct("]");
            }
            array = true;
        } else {
            break;
        }
    }
    // PostgreSQL keeps no count of array dimensions in a type: int[][] is int[].
    return array ? name + "[]" : name;
}

std::optional<std::string> Parser::try_type_name() {
    const std::size_t start = position();
    try {
        return type_name();
    } catch (const engine::Error&) {
        rewind(start);
        return std::nullopt;
    }
}

}  // namespace parser::expression
