#include "parser/parse.hpp"

#include "families/parse_rule.hpp"
#include "parser/statement_splitter.hpp"
#include "transform/builder.hpp"

namespace parser {


namespace {

std::string first_words(std::string_view text, int words) {
    std::string out;
    int count = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (space && in_word && ++count == words) break;
        in_word = !space;
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string token_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return "end of statement";
    std::size_t end = offset;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && end - offset < 20) ++end;
    if (end == offset) end = offset + 1;
    return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

// Kinds we know PostgreSQL has but the model does not cover: a clear error.
std::string unsupported_kind(const std::string& head) {
    static const char* kinds[] = {"CREATE PUBLICATION", "CREATE SUBSCRIPTION", "CREATE TEXT SEARCH",
                                  "CREATE EVENT TRIGGER", "CREATE LANGUAGE", "CREATE ROLE", "CREATE USER",
                                  "CREATE DATABASE", "CREATE TABLESPACE", "CREATE STATISTICS", "CREATE CONVERSION",
                                  "CREATE ACCESS METHOD", "CREATE TRANSFORM", "CREATE GROUP", "ALTER SYSTEM",
                                  "ALTER ROLE", "ALTER DATABASE", "ALTER EXTENSION", "ALTER PUBLICATION",
                                  "ALTER TEXT SEARCH", "ALTER EVENT TRIGGER"};
    for (const char* k : kinds)
        if (head.rfind(k, 0) == 0) return k;
    return "";
}

std::string lower_word(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    std::string w;
    while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos++])));
    return w;
}

// The statement family, told apart by the leading keywords.
ParseTree (*family_for(std::string_view text))(StatementInput&) {
    std::size_t pos = 0;
    const std::string w1 = lower_word(text, pos);
    std::string w2 = lower_word(text, pos);
    if (w1 == "create") {
        if (w2 == "or") {
            lower_word(text, pos);  // replace
            w2 = lower_word(text, pos);
        }
        std::string w3 = lower_word(text, pos);
        if (w2 == "temp" || w2 == "temporary" || w2 == "local" || w2 == "global") {
            if (w3 == "view" || w3 == "recursive") return parse_view_family;
            return parse_table_family;
        }
        if (w2 == "table" || w2 == "unlogged" || (w2 == "foreign" && w3 == "table")) return parse_table_family;
        if (w2 == "index" || w2 == "unique") return parse_index_family;
        if (w2 == "function" || w2 == "procedure") return parse_function_family;
        if (w2 == "view" || w2 == "materialized" || w2 == "recursive" || w2 == "trigger" || w2 == "policy" ||
            (w2 == "constraint" && w3 == "trigger"))
            return parse_view_family;
        return parse_other_family;
    }
    if (w1 == "alter") {
        if (w2 == "table") return parse_alter_table_family;
        if (w2 == "foreign" && lower_word(text, pos) == "table") return parse_alter_table_family;
        if (w2 == "index") return parse_index_family;
    }
    return parse_other_family;
}

void parse_one(Builder& builder, const RawStatement& raw, const std::string& source) {
    if (raw.meta_command) {
        builder.warn({source, raw.line, raw.column},
                     "psql meta-command ignored: " + first_words(raw.text, 1));
        return;
    }
    tao::pegtl::memory_input<> in(raw.text.data(), raw.text.data() + raw.text.size(), source, raw.byte,
                                  static_cast<std::size_t>(raw.line), static_cast<std::size_t>(raw.column));
    furthest = Furthest{raw.byte, {raw.byte, static_cast<std::size_t>(raw.line), static_cast<std::size_t>(raw.column), source}};
    ParseTree root;
    try {
        root = family_for(raw.text)(in);
    } catch (const tao::pegtl::parse_error& e) {
        const auto& p = e.positions().front();
        throw engine::Error(engine::SourceLocation{source, static_cast<int>(p.line), static_cast<int>(p.column)},
                            std::string(e.message()));
    }
    const std::string head = first_words(raw.text, 3);
    if (!root || root->children.empty()) {
        const engine::SourceLocation at{source, raw.line, raw.column};
        if (const std::string kind = unsupported_kind(head); !kind.empty())
            throw engine::Error(at, kind + " is not supported by Strata's model (statement kind outside the model)");
        const std::size_t offset = furthest.byte - raw.byte;
        throw engine::Error(
            engine::SourceLocation{source, static_cast<int>(furthest.where.line), static_cast<int>(furthest.where.column)},
            "syntax error at or near " + token_at(raw.text, offset) + " in " + first_words(raw.text, 2) + " statement");
    }
    builder.apply(*root, raw);
}

}  // namespace

ParseResult parse_sources(const std::vector<SourceText>& sources) {
    Builder builder;
    for (const auto& source : sources) {
        SplitSource split = split_statements(source.text, source.name);
        builder.annotations = std::move(split.annotations);
        for (const auto& raw : split.statements) parse_one(builder, raw, source.name);
    }
    builder.check_references();
    return {std::move(builder.catalog), std::move(builder.warnings)};
}

ParseResult parse_sql(const std::string& text, const std::string& source_name) {
    return parse_sources({{source_name, text}});
}

}  // namespace parser
