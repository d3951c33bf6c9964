#include "do_block.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

#include "engine/diagnostic.hpp"
#include "expression/position.hpp"
#include "expression/token.hpp"
#include "statement_kinds.hpp"

// A DO block's body is PL/pgSQL. What is read of it, following the PL/pgSQL grammar (pl_gram.y):
//   [<<label>>] [DECLARE …] BEGIN statements [EXCEPTION WHEN … THEN statements …] END [label]
// - A statement starting with CREATE, ALTER, DROP, COMMENT, GRANT, REVOKE or SET is read as if it
//   were written in the DO statement's place, with its own file position.
// - A nested block is read; its exception handlers are not (they run only when the block fails,
//   as in `BEGIN CREATE TYPE …; EXCEPTION WHEN duplicate_object THEN NULL; END`).
// - An IF's condition cannot be evaluated without a server: its first branch is read, with a
//   warning, and the other branches are not. Loops, CASE and EXECUTE are skipped with a warning.
// A body this reader does not follow is skipped whole, with a warning naming where it stopped.

namespace parser {

namespace {

using expression::Token;
using expression::TokenKind;

// The reader gives up on a body it cannot follow.
struct NotFollowed {
    std::size_t offset;  // in the body
    std::string what;
};

class BodyReader {
public:
    BodyReader(const RawStatement& statement, std::size_t body_offset, std::string_view body,
               std::vector<RawStatement>& out)
        : statement_(statement), body_offset_(body_offset), body_(body), out_(out) {}

    void read() {
        try {
            tokens_ = expression::tokenize(body_);
        } catch (const engine::Error& e) {
            throw NotFollowed{offset_of(e.where()), e.message()};
        }
        block(true);
        if (!at_end()) fail("expected the end of the body after END");
    }

    // A position in the file for `offset` bytes into the body.
    RawStatement raw_at(std::size_t offset) const {
        const std::size_t in_statement = body_offset_ + offset;
        const engine::SourceLocation at = statement_.location_at(in_statement);
        RawStatement raw;
        raw.byte = statement_.byte + in_statement;
        raw.line = at.line;
        raw.column = at.column;
        return raw;
    }

private:
    const RawStatement& statement_;
    std::size_t body_offset_;
    std::string_view body_;
    std::vector<RawStatement>& out_;
    std::vector<Token> tokens_;
    std::size_t i_ = 0;
    int ddl_seen_ = 0;  // statements Strata would read, kept or not

    // The body offset of a line and column inside the body.
    std::size_t offset_of(const engine::SourceLocation& at) const {
        int line = 1;
        int column = 1;
        std::size_t i = 0;
        for (; i < body_.size() && (line < at.line || (line == at.line && column < at.column)); ++i) {
            if (body_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return i;
    }

    const Token& peek() const { return tokens_[std::min(i_, tokens_.size() - 1)]; }
    bool at_end() const { return peek().kind == TokenKind::end; }
    bool at_word(std::string_view word) const { return peek().kind == TokenKind::identifier && peek().value == word; }
    bool at_any(std::initializer_list<std::string_view> words) const {
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return at_word(w); });
    }
    bool at_punct(std::string_view p) const { return peek().kind == TokenKind::punct && peek().text == p; }

    [[noreturn]] void fail(const std::string& what) const { throw NotFollowed{peek().offset, what}; }

    [[noreturn]] void fail_expected(std::string_view word) const {
        std::string upper(word);
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        fail("expected " + upper);
    }

    void expect_word(std::string_view word) {
        if (!at_word(word)) fail_expected(word);
        ++i_;
    }

    void optional_semicolon() {
        if (at_punct(";")) ++i_;
    }

    // A label after END or END LOOP.
    void optional_name() {
        if (peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted_identifier) ++i_;
    }

    // The parenthesis depth after the current token.
    void track_depth(int& depth) const {
        if (at_punct("(") || at_punct("[")) ++depth;
        else if ((at_punct(")") || at_punct("]")) && depth > 0) --depth;
    }

    // Moves past the next `word` outside parentheses, or fails at the end.
    void skip_past_word(std::string_view word) {
        for (int depth = 0; !at_end(); ++i_) {
            if (depth == 0 && at_word(word)) {
                ++i_;
                return;
            }
            track_depth(depth);
        }
        fail_expected(word);
    }

    void note(std::size_t offset, std::string text, std::size_t at_index) {
        RawStatement n = raw_at(offset);
        n.note = std::move(text);
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(at_index), std::move(n));
    }

    void label() {
        if (peek().kind != TokenKind::op || peek().text != "<<") return;
        ++i_;
        if (peek().kind == TokenKind::identifier || peek().kind == TokenKind::quoted_identifier) ++i_;
        if (peek().kind != TokenKind::op || peek().text != ">>") fail("expected '>>' to close the label");
        ++i_;
    }

    // [DECLARE …] BEGIN statements [EXCEPTION handlers] END [label] [;]
    void block(bool keep) {
        label();
        if (at_word("declare")) skip_past_word("begin");
        else expect_word("begin");
        statements(keep, {"exception", "end"});
        if (at_word("exception")) {
            ++i_;
            while (at_word("when")) {
                skip_past_word("then");
                statements(false, {"when", "end"});
            }
        }
        expect_word("end");
        optional_name();
        optional_semicolon();
    }

    void statements(bool keep, std::initializer_list<std::string_view> until) {
        while (!at_end() && !at_any(until)) statement(keep);
    }

    void statement(bool keep) {
        label();
        if (at_any({"declare", "begin"})) return block(keep);
        if (at_word("if")) return if_statement(keep);
        if (at_word("case")) return skipped(keep, "CASE", [this] { case_branches(); });
        if (at_any({"loop", "while", "for", "foreach"})) return skipped(keep, "A loop", [this] { loop_body(); });
        simple(keep);
    }

    // IF cond THEN statements {ELSIF cond THEN statements} [ELSE statements] END IF
    void if_statement(bool keep) {
        const std::size_t at = peek().offset;
        const std::size_t first_out = out_.size();
        const int seen_before = ddl_seen_;
        skip_past_word("then");
        statements(keep, {"elsif", "elseif", "else", "end"});
        bool other_branches = false;
        while (at_any({"elsif", "elseif"})) {
            other_branches = true;
            skip_past_word("then");
            statements(false, {"elsif", "elseif", "else", "end"});
        }
        if (at_word("else")) {
            other_branches = true;
            ++i_;
            statements(false, {"end"});
        }
        expect_word("end");
        expect_word("if");
        optional_semicolon();
        if (keep && ddl_seen_ > seen_before)
            note(at,
                 std::string("IF in a DO block: its condition is not evaluated; the statements of its first branch are "
                             "read") + (other_branches ? ", those of the other branches are not" : ""),
                 first_out);
    }

    // [expr] WHEN … THEN statements … [ELSE statements] END CASE
    void case_branches() {
        ++i_;
        skip_past_word("when");
        for (;;) {
            skip_past_word("then");
            statements(false, {"when", "else", "end"});
            if (!at_word("when")) break;
            ++i_;
        }
        if (at_word("else")) {
            ++i_;
            statements(false, {"end"});
        }
        expect_word("end");
        expect_word("case");
        optional_semicolon();
    }

    // [WHILE … | FOR … | FOREACH …] LOOP statements END LOOP [label]
    void loop_body() {
        skip_past_word("loop");
        statements(false, {"end"});
        expect_word("end");
        expect_word("loop");
        optional_name();
        optional_semicolon();
    }

    // A construct none of whose statements is read: a warning when it holds any Strata would read.
    template <typename Skip>
    void skipped(bool keep, const char* what, Skip skip) {
        const std::size_t at = peek().offset;
        const int seen_before = ddl_seen_;
        skip();
        if (keep && ddl_seen_ > seen_before)
            note(at, std::string(what) + " in a DO block is not read: the statements it runs are not in the model",
                 out_.size());
    }

    // Any other statement, up to its ';'.
    void simple(bool keep) {
        const Token& first = peek();
        for (int depth = 0; !at_end() && !(depth == 0 && at_punct(";")); ++i_) track_depth(depth);
        std::string_view text = body_.substr(first.offset, (at_end() ? body_.size() : peek().offset) - first.offset);
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
        optional_semicolon();
        const bool word = first.kind == TokenKind::identifier;
        if (word && (first.value == "create" || first.value == "alter" || first.value == "drop" ||
                     first.value == "comment" || first.value == "grant" || first.value == "revoke" ||
                     first.value == "set")) {
            ++ddl_seen_;
            if (!keep) return;
            if (const std::string kind = kind_outside_model(text); !kind.empty())
                return note(first.offset, kind + " in a DO block ignored: the statement kind is outside the model",
                            out_.size());
            RawStatement raw = raw_at(first.offset);
            raw.text = text;
            out_.push_back(std::move(raw));
        } else if (word && first.value == "execute" && keep) {
            note(first.offset, "EXECUTE in a DO block ignored: Strata does not run dynamic SQL", out_.size());
        }
    }
};

bool is_do_statement(const RawStatement& raw) {
    const std::string_view t = raw.text;
    return raw.is_sql() && t.size() > 2 && (t[0] == 'd' || t[0] == 'D') && (t[1] == 'o' || t[1] == 'O') &&
           !(std::isalnum(static_cast<unsigned char>(t[2])) || t[2] == '_' || (t[2] & 0x80));
}

// The statements one DO statement stands for.
void expand(const RawStatement& statement, std::vector<RawStatement>& out) {
    auto skip_whole = [&](const std::string& why) {
        RawStatement n = statement;
        n.note = "DO block not read: " + why;
        out.push_back(std::move(n));
    };
    std::vector<Token> tokens;
    try {
        tokens = expression::tokenize(statement.text);
    } catch (const engine::Error& e) {
        return skip_whole(e.message());
    }
    // DO [LANGUAGE name] body [LANGUAGE name]
    const Token* body = nullptr;
    std::string language = "plpgsql";
    for (std::size_t i = 1; i < tokens.size() && tokens[i].kind != TokenKind::end; ++i) {
        const Token& t = tokens[i];
        if (t.kind == TokenKind::identifier && t.value == "language" && i + 1 < tokens.size()) {
            language = tokens[++i].value;
        } else if (t.kind == TokenKind::string && !body) {
            body = &t;
        } else {
            return skip_whole("unexpected " + t.text + " in the DO statement");
        }
    }
    if (!body) return skip_whole("it has no body");
    if (language != "plpgsql") return skip_whole("Strata reads PL/pgSQL bodies, not " + language);
    // The body must be the file's own text: dollar-quoted, or a plain string without doubled quotes.
    const std::string& quoted = body->text;
    std::size_t open = 0;
    if (body->prefix == "$") open = quoted.find('$', 1) + 1;
    else if (body->prefix.empty()) open = 1;
    const std::string_view inner = std::string_view(quoted).substr(open, quoted.size() - 2 * open);
    if (open == 0 || inner != body->value)
        return skip_whole("its body is a string with escapes; write it dollar-quoted ($$ … $$)");
    const std::size_t body_offset = body->offset + open;
    const std::size_t first_out = out.size();
    BodyReader reader(statement, body_offset, statement.text.substr(body_offset, inner.size()), out);
    try {
        reader.read();
    } catch (const NotFollowed& stop) {
        out.resize(first_out);
        const RawStatement at = reader.raw_at(stop.offset);
        skip_whole(stop.what + " at " + std::to_string(at.line) + ":" + std::to_string(at.column));
    }
}

}  // namespace

void expand_do_blocks(std::vector<RawStatement>& statements) {
    if (std::none_of(statements.begin(), statements.end(), is_do_statement)) return;
    std::vector<RawStatement> out;
    out.reserve(statements.size());
    for (const RawStatement& raw : statements) expand_do_block(raw, out);
    statements = std::move(out);
}

void expand_do_block(const RawStatement& statement, std::vector<RawStatement>& out) {
    if (is_do_statement(statement)) expand(statement, out);
    else out.push_back(statement);
}

}  // namespace parser
