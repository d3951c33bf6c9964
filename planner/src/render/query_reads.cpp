// The relations a view's query reads: the names after FROM and JOIN, and after the commas of a
// FROM list. A name read there must exist before the view, whatever order a file lists them in;
// other mentions of a name (a column, an alias) may be false. Literals and comments are skipped;
// FROM inside EXTRACT, SUBSTRING, TRIM, OVERLAY and POSITION, and IS [NOT] DISTINCT FROM, read
// no relation.
#include <vector>

#include "render_parts.hpp"

namespace planner::render {

namespace {

struct Token {
    enum Kind { word, quoted, punct } kind;
    std::string text;  // words folded to lower case; quoted names exact
};

bool word_char(char c) { return is_word_char(c) || c == '$'; }

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string_view::npos ? text.size() : end + 2;
        } else if (c == '\'') {
            i = after_literal(text, i);
        } else if (c == '"') {
            std::string name;
            i = after_quoted_name(text, i, name);
            out.push_back({Token::quoted, std::move(name)});
        } else if (word_char(c)) {
            std::size_t end = i;
            while (end < text.size() && word_char(text[end])) ++end;
            out.push_back({Token::word, engine::fold_identifier(text.substr(i, end - i))});
            i = end;
        } else {
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') out.push_back({Token::punct, std::string(1, c)});
            ++i;
        }
    }
    return out;
}

bool is_word(const Token& t, std::string_view w) { return t.kind == Token::word && t.text == w; }

}  // namespace

std::set<std::string> relations_read(std::string_view query) {
    static const std::set<std::string> special_forms{"extract", "substring", "trim", "overlay", "position"};
    static const std::set<std::string> clause_ends{"where", "group", "having", "order", "limit", "offset", "window",
                                                   "union", "except", "intersect", "on", "using", "fetch", "for"};
    const std::vector<Token> tokens = tokens_of(query);
    std::set<std::string> out;
    // Per open parenthesis: did a special form open it? And the depth of each FROM list open.
    std::vector<bool> special;
    std::vector<std::size_t> from_lists;
    // The qualified name starting at token k: its last part.
    auto read_name = [&](std::size_t k) {
        std::size_t last = k;
        while (last + 2 < tokens.size() && tokens[last + 1].kind == Token::punct && tokens[last + 1].text == "." &&
               tokens[last + 2].kind != Token::punct)
            last += 2;
        out.insert(tokens[last].text);
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.kind == Token::punct) {
            if (t.text == "(") {
                special.push_back(k > 0 && tokens[k - 1].kind == Token::word && special_forms.count(tokens[k - 1].text));
            } else if (t.text == ")") {
                if (!from_lists.empty() && from_lists.back() == special.size()) from_lists.pop_back();
                if (!special.empty()) special.pop_back();
            } else if (t.text == "," && !from_lists.empty() && from_lists.back() == special.size() &&
                       k + 1 < tokens.size() && tokens[k + 1].kind != Token::punct) {
                read_name(k + 1);
            }
            continue;
        }
        if (t.kind == Token::word && clause_ends.count(t.text) && !from_lists.empty() &&
            from_lists.back() == special.size())
            from_lists.pop_back();
        const bool from = is_word(t, "from") && !(k > 0 && is_word(tokens[k - 1], "distinct")) &&
                          !(!special.empty() && special.back());
        if (!from && !is_word(t, "join")) continue;
        if (from && (from_lists.empty() || from_lists.back() != special.size())) from_lists.push_back(special.size());
        std::size_t next = k + 1;
        if (next < tokens.size() && is_word(tokens[next], "only")) ++next;
        if (next < tokens.size() && is_word(tokens[next], "lateral")) ++next;
        if (next < tokens.size() && tokens[next].kind != Token::punct) read_name(next);
    }
    return out;
}

}  // namespace planner::render
