#include "parser/statement_splitter.hpp"

#include <cctype>
#include <cstring>

#include "expression/position.hpp"
#include "grammar/scan.hpp"

// One pass over the bytes, token by token (grammar/scan.hpp has the lexical rules): a statement
// ends at a ';' outside parentheses and outside BEGIN ATOMIC … END, and starts at its first token.

namespace parser {

namespace {

namespace scan = grammar::scan;

// An open '(' or '['.
struct Paren {
    char open;
    int line;
    int column;
};

char closer_of(char open) { return open == '(' ? ')' : ']'; }

// "expected ')' to close '(' opened at 3:5"
std::string expected_closer(const Paren& p) {
    return std::string("expected '") + closer_of(p.open) + "' to close '" + p.open + "' opened at " +
           std::to_string(p.line) + ":" + std::to_string(p.column);
}

bool word_is(const char* p, const char* end, std::string_view keyword) {
    if (static_cast<std::size_t>(end - p) != keyword.size()) return false;
    for (std::size_t i = 0; i < keyword.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(p[i])) != keyword[i]) return false;
    return true;
}

class Splitter {
public:
    Splitter(std::string_view text, const std::string& source, const std::function<void(RawStatement&&)>* each)
        : text_(text), source_(source), each_(each), begin_(text.data()), end_(text.data() + text.size()),
          line_start_(begin_), counted_to_(begin_) {}

    SplitSource run() {
        const char* p = begin_;
        while (p < end_) {
            while (p < end_ && scan::is_space(*p)) ++p;
            if (p < end_) p = token(p);
        }
        if (!parens_.empty()) fail(end_, expected_closer(parens_.back()) + " before the end of the file");
        if (atomic_depth_ > 0) fail(end_, "expected END to close BEGIN ATOMIC before the end of the file");
        finish(end_);
        return std::move(out_);
    }

private:
    std::string_view text_;
    const std::string& source_;
    const std::function<void(RawStatement&&)>* each_;  // where statements go; null: into out_
    const char* begin_;
    const char* end_;
    SplitSource out_;
    bool in_statement_ = false;
    RawStatement current_;
    std::vector<Paren> parens_;
    // BEGIN ATOMIC … END: semicolons inside belong to the body. CASE … END nests inside.
    int atomic_depth_ = 0;
    int case_depth_ = 0;
    bool after_begin_ = false;  // the previous word was BEGIN
    // Line numbers are counted lazily, up to the furthest position asked for.
    int line_ = 1;
    const char* line_start_;
    const char* counted_to_;

    struct Position {
        int line;
        int column;
    };
    Position position(const char* p) {
        for (const char* nl; (nl = static_cast<const char*>(std::memchr(counted_to_, '\n', static_cast<std::size_t>(p - counted_to_))));) {
            ++line_;
            line_start_ = nl + 1;
            counted_to_ = nl + 1;
        }
        counted_to_ = p;
        return {line_, static_cast<int>(p - line_start_) + 1};
    }

    [[noreturn]] void fail(const char* at, const std::string& message) {
        const Position p = position(at);
        throw engine::Error(engine::SourceLocation{source_, p.line, p.column}, message);
    }

    // A quoted token at p that the input ends inside: the error names where the input ended (where
    // a dollar quote began).
    [[noreturn]] void unterminated_quote(const char* p) {
        if (*p == '"') fail(end_, "unterminated quoted identifier at the end of the input");
        if (*p == '$')
            fail(p, "unterminated dollar-quoted string " + std::string(p, scan::dollar_tag(p, end_)) +
                        " at the end of the input");
        fail(end_, "unterminated quoted string at the end of the input");
    }

    void start(const char* p) {
        if (in_statement_) return;
        in_statement_ = true;
        const Position at = position(p);
        current_ = RawStatement{};
        current_.byte = static_cast<std::size_t>(p - begin_);
        current_.line = at.line;
        current_.column = at.column;
    }

    void finish(const char* end) {
        if (!in_statement_) return;
        current_.text = text_.substr(current_.byte, static_cast<std::size_t>(end - begin_) - current_.byte);
        while (!current_.text.empty() && scan::is_space(current_.text.back())) current_.text.remove_suffix(1);
        if (each_) (*each_)(std::move(current_));
        else out_.statements.push_back(current_);
        in_statement_ = false;
        after_begin_ = false;
    }

    // "-- strata: …" annotations.
    void line_comment(const char* p, const char* after) {
        std::string_view c(p + 2, static_cast<std::size_t>(after - p - 2));
        while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
        if (c.substr(0, 7) != "strata:") return;
        c.remove_prefix(7);
        while (!c.empty() && std::isspace(static_cast<unsigned char>(c.back()))) c.remove_suffix(1);
        while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
        out_.annotations.push_back({position(p).line, std::string(c)});
    }

    void word(const char* p, const char* after) {
        start(p);
        // Only BEGIN, ATOMIC, CASE and END matter: 3 to 6 letters.
        const std::size_t size = static_cast<std::size_t>(after - p);
        if (size < 3 || size > 6) {
            after_begin_ = false;
            return;
        }
        if (after_begin_ && word_is(p, after, "atomic")) {
            ++atomic_depth_;
        } else if (atomic_depth_ > 0 && word_is(p, after, "case")) {
            ++case_depth_;
        } else if (atomic_depth_ > 0 && word_is(p, after, "end")) {
            if (case_depth_ > 0) --case_depth_;
            else --atomic_depth_;
        }
        after_begin_ = word_is(p, after, "begin");
    }

    // Handles the token at p; returns where the next one starts.
    const char* token(const char* p) {
        const char c = *p;
        const bool two = p + 1 < end_;
        if (c == '-' && two && p[1] == '-') {
            const char* after = scan::line_comment(p, end_);
            line_comment(p, after);
            return after;
        }
        if (c == '/' && two && p[1] == '*') {
            const char* after = scan::block_comment(p, end_);
            if (!after) fail(end_, "unterminated /* comment at the end of the input");
            return after;
        }
        if (c == '\\') {  // a psql meta-command runs to the end of the line
            const char* after = scan::line_comment(p, end_);
            if (in_statement_) return after;  // inside a statement it is just text
            start(p);
            current_.meta_command = true;
            finish(after);
            return after;
        }
        if (c == '(' || c == '[') {
            start(p);
            const Position at = position(p);
            parens_.push_back({c, at.line, at.column});
            return p + 1;
        }
        if (c == ')' || c == ']') {
            start(p);
            const char open = c == ')' ? '(' : '[';
            if (parens_.empty()) fail(p, std::string("unexpected '") + c + "' without a matching '" + open + "'");
            if (parens_.back().open != open) fail(p, expected_closer(parens_.back()) + " before '" + c + "'");
            parens_.pop_back();
            return p + 1;
        }
        if (c == ';') {
            if (!parens_.empty()) fail(p, expected_closer(parens_.back()) + " before ';'");
            if (atomic_depth_ == 0) finish(p);
            return p + 1;
        }
        start(p);
        if (const char* after = scan::quoted_token(p, end_); after != p) {
            if (!after) unterminated_quote(p);
            return after;
        }
        if (scan::ident_start(c)) {
            const char* after = scan::word(p, end_);
            word(p, after);
            return after;
        }
        return p + 1;
    }
};

}  // namespace

engine::SourceLocation RawStatement::location_at(std::size_t offset) const {
    const engine::SourceLocation in_text = expression::location_in(text, offset);
    return {"", line + in_text.line - 1, in_text.line == 1 ? column + in_text.column - 1 : in_text.column};
}

SplitSource split_statements(std::string_view text, const std::string& source_name) {
    return Splitter(text, source_name, nullptr).run();
}

SplitSource split_statements(std::string_view text, const std::string& source_name,
                             const std::function<void(RawStatement&&)>& each) {
    return Splitter(text, source_name, &each).run();
}

}  // namespace parser
