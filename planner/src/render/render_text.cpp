// SQL fragments shared by every object kind. Identifiers and literals go through
// engine::quote_ident / quote_literal only.
#include <algorithm>

#include <fmt/format.h>

#include "render_parts.hpp"

namespace planner::render {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

std::size_t after_literal(std::string_view text, std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() && (text[end] != '\'' || (end + 1 < text.size() && text[end + 1] == '\'')))
        end += text[end] == '\'' ? 2 : 1;
    return end + 1;
}

std::size_t after_quoted_name(std::string_view text, std::size_t at, std::string& name) {
    std::size_t i = at + 1;
    for (; i < text.size(); ++i) {
        if (text[i] == '"' && (i + 1 >= text.size() || text[i + 1] != '"')) break;
        if (text[i] == '"') ++i;
        name += text[i];
    }
    return i + 1;
}

namespace {

// Option values like 70, true, on, 0.5, pglz need no quotes; anything else is a string.
bool is_plain_value(std::string_view value) {
    if (value.empty()) return false;
    if (value.front() == '\'') return true;  // already a literal
    return std::all_of(value.begin(), value.end(),
                       [](char c) { return is_word_char(c) || c == '.' || c == '-' || c == '+'; });
}

bool is_plain_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    });
}

}  // namespace

std::string ident_list(const std::vector<engine::Ident>& idents) {
    std::string out;
    for (const auto& ident : idents) out += (out.empty() ? "" : ", ") + ident.quoted();
    return out;
}

std::string options_sql(const engine::Options& options) {
    if (options.empty()) return "";
    std::string out;
    for (const auto& [key, value] : options) {
        out += out.empty() ? "(" : ", ";
        out += is_plain_key(key) ? key : engine::quote_ident(key);
        if (!value.empty()) out += "=" + (is_plain_value(value) ? value : engine::quote_literal(value));
    }
    return out + ")";
}

bool ends_in_line_comment(std::string_view text) {
    const auto line_start = text.rfind('\n');
    const auto last_line = line_start == std::string_view::npos ? text : text.substr(line_start + 1);
    return last_line.find("--") != std::string_view::npos;
}

std::string expr_sql(const engine::Expression& expression) {
    return ends_in_line_comment(expression.text) ? expression.text + "\n" : expression.text;
}

std::string default_sql(const engine::Expression& expression) {
    // Words that only a_expr accepts; parentheses are harmless where they were not needed.
    static const std::set<std::string> a_expr_words{"and", "or", "not", "is", "isnull", "notnull", "in",
                                                    "like", "ilike", "similar", "between", "collate",
                                                    "at", "overlaps"};
    const auto words = words_of(expression.text, false);
    const bool needs_parens = std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return a_expr_words.count(w) > 0;
    });
    return needs_parens ? "(" + expr_sql(expression) + ")" : expr_sql(expression);
}

std::string dollar_quote(const std::string& body) {
    // The closing tag must first occur exactly at the end, also when the body ends in '$'.
    for (int n = -1;; ++n) {
        const std::string tag = n < 0 ? "$$" : n == 0 ? "$strata$" : fmt::format("$strata{}$", n);
        if ((body + tag).find(tag) == body.size()) return tag + body + tag;
    }
}

std::string upper(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string role_sql(const std::string& role) {
    static const std::set<std::string> keywords{"PUBLIC", "CURRENT_USER", "SESSION_USER", "CURRENT_ROLE"};
    const std::string up = upper(role);
    return keywords.count(up) ? up : engine::quote_ident(role);
}

std::set<std::string> words_of(std::string_view text, bool in_literals) {
    std::set<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\'' && !in_literals) {
            i = after_literal(text, i);
        } else if (text[i] == '"') {
            std::string word;
            i = after_quoted_name(text, i, word);
            words.insert(word);
        } else if (is_word_char(text[i])) {
            std::size_t end = i;
            while (end < text.size() && (is_word_char(text[end]) || text[end] == '$')) ++end;
            words.insert(engine::fold_identifier(text.substr(i, end - i)));
            i = end;
        } else {
            ++i;
        }
    }
    return words;
}

void add_comment(const std::string& object, const std::string& what, const std::optional<std::string>& comment,
                 Statements& out) {
    if (!comment) return;
    Statement statement(fmt::format("COMMENT ON {} IS {}", what, engine::quote_literal(*comment)));
    statement.object = object;
    statement.comment_on = what;
    out.push_back(std::move(statement));
}

void tag_from(Statements& out, std::size_t first, const std::string& object) {
    for (std::size_t i = first; i < out.size(); ++i)
        if (out[i].object.empty()) out[i].object = object;
}

}  // namespace planner::render
