#include "parser/parse.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "expression/position.hpp"
#include "expression/token.hpp"
#include "families/parse_rule.hpp"
#include "parser/statement_splitter.hpp"
#include "do_block.hpp"
#include "published_list.hpp"
#include "statement_kinds.hpp"
#include "transform/builder.hpp"

namespace parser {


namespace {

// The one lexical token at `offset`, quoted for a message: a word, a number, a quoted string
// or identifier (shortened), or a single character.
std::string token_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return "end of statement";
    auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); };
    std::size_t end = offset + 1;
    const char first = text[offset];
    if (first == '\'' || first == '"') {
        while (end < text.size() && text[end] != first) ++end;
        end = std::min(end + 1, text.size());
    } else if (word_char(first) || first == '.') {
        while (end < text.size() && (word_char(text[end]) || (text[end] == '.' && std::isdigit(static_cast<unsigned char>(first)))))
            ++end;
    }
    std::string token(text.substr(offset, end - offset));
    if (token.size() > 30) token = token.substr(0, 27) + "...";
    return "'" + token + "'";
}

// How a message names the statement: CREATE TABLE, CREATE UNIQUE INDEX, ALTER TABLE, GRANT, COMMENT ON, …
std::string statement_name(std::string_view text) {
    const std::string head = first_words(text, 4);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < head.size();) {
        const std::size_t j = std::min(head.find(' ', i), head.size());
        words.push_back(head.substr(i, j - i));
        i = j + 1;
    }
    if (words.empty()) return "empty";
    if (words[0] != "CREATE" && words[0] != "ALTER" && words[0] != "DROP" && words[0] != "COMMENT") return words[0];
    std::size_t n = 2;
    if (words.size() > 2 && words[1] == "OR") n = 4;  // CREATE OR REPLACE …
    else if (words.size() > 2 && (words[1] == "UNIQUE" || words[1] == "UNLOGGED" || words[1] == "MATERIALIZED" ||
                                  words[1] == "CONSTRAINT" || words[1] == "FOREIGN" || words[1] == "RECURSIVE" ||
                                  words[1] == "DEFAULT" || words[1] == "EVENT" || words[1] == "TEXT"))
        n = 3;
    std::string out;
    for (std::size_t i = 0; i < n && i < words.size(); ++i) out += (i ? " " : "") + words[i];
    return out;
}

std::string lower_word(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_')) ++pos;
    std::string w(text.substr(start, pos - start));
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
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
        if (w2 == "temp" || w2 == "temporary" || w2 == "local" || w2 == "global" || w2 == "unlogged") {
            if (w3 == "view" || w3 == "recursive") return parse_view_family;
            if (w3 == "sequence") return parse_other_family;  // CREATE UNLOGGED / TEMP SEQUENCE
            return parse_table_family;
        }
        if (w2 == "table" || (w2 == "foreign" && w3 == "table")) return parse_table_family;
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

// The file position `offset` bytes into the statement.
engine::SourceLocation location_at(const RawStatement& raw, std::size_t offset, const std::string& source) {
    engine::SourceLocation at = raw.location_at(offset);
    at.file = source;
    return at;
}

// Where the '(' that is still open at `offset` was opened, if one is.
std::optional<std::size_t> unclosed_paren(std::string_view text, std::size_t offset) {
    std::vector<std::size_t> open;
    try {
        for (const expression::Token& t : expression::tokenize(text.substr(0, offset))) {
            if (t.kind != expression::TokenKind::punct) continue;
            if (t.text == "(") open.push_back(t.offset);
            else if (t.text == ")" && !open.empty()) open.pop_back();
        }
    } catch (const engine::Error&) {
        return std::nullopt;
    }
    if (open.empty()) return std::nullopt;
    return open.back();
}

// ": expected …" for a statement that failed to parse at `offset`: `family` parses it again
// with expectations collected (families/expectations.hpp). Empty when the furthest rule the
// grammar tried is not where the parse failed.
std::string what_was_expected(const RawStatement& raw, ParseTree (*family)(StatementInput&), std::size_t offset,
                              const std::string& source) {
    tao::pegtl::memory_input<> in(raw.text.data(), raw.text.data() + raw.text.size(), "");
    detail::Expectations& e = detail::expectations;
    e.reset(raw.text.data());
    detail::collecting_expectations = true;
    try {
        family(in);
    } catch (...) {
        e.names.clear();
    }
    detail::collecting_expectations = false;
    if (e.names.empty() || static_cast<std::size_t>(e.at - raw.text.data()) != offset) return {};
    std::string close_note;
    if (std::find(e.names.begin(), e.names.end(), std::string_view("')'")) != e.names.end())
        if (const auto paren = unclosed_paren(raw.text, offset)) {
            const engine::SourceLocation at = location_at(raw, *paren, source);
            close_note = "to close '(' opened at " + std::to_string(at.line) + ":" + std::to_string(at.column);
        }
    return ": expected " + detail::expected_list(e.names, close_note);
}

// The parse tree of one statement. It needs nothing from the statements before it, so it may run
// on another thread; it throws engine::Error with the position of a syntax error.
ParseTree parse_statement(const RawStatement& raw, const std::string& source) {
    // Every parse-tree node copies the input's source name: an empty one costs no allocation, and
    // location_of() names the file from `current_source` (set where the tree is applied) instead.
    tao::pegtl::memory_input<> in(raw.text.data(), raw.text.data() + raw.text.size(), "", raw.byte,
                                  static_cast<std::size_t>(raw.line), static_cast<std::size_t>(raw.column));
    furthest = raw.text.data();
    const auto family = family_for(raw.text);
    ParseTree root;
    try {
        root = family(in);
    } catch (const tao::pegtl::parse_error& e) {
        const auto& p = e.positions().front();
        throw engine::Error(engine::SourceLocation{source, static_cast<int>(p.line), static_cast<int>(p.column)},
                            std::string(e.message()));
    }
    if (!root || root->children.empty()) {
        const engine::SourceLocation at{source, raw.line, raw.column};
        if (const std::string kind = kind_outside_model(raw.text); !kind.empty())
            throw engine::Error(at, kind + " is not supported by Strata's model (statement kind outside the model)");
        const std::size_t offset = static_cast<std::size_t>(furthest - raw.text.data());
        const std::string name = statement_name(raw.text);
        std::size_t second_word = 0;
        lower_word(raw.text, second_word);
        while (second_word < raw.text.size() && std::isspace(static_cast<unsigned char>(raw.text[second_word]))) ++second_word;
        if (offset <= second_word && family == parse_other_family)
            throw engine::Error(at, "unknown statement kind " + first_words(raw.text, 2));
        throw engine::Error(location_at(raw, offset, source),
                            "syntax error at or near " + token_at(raw.text, offset) + " in " + name + " statement" +
                                what_was_expected(raw, family, offset, source));
    }
    prepare_expressions(*root);
    return root;
}

void apply_statement(Builder& builder, const RawStatement& raw, const std::string& source, const ParseTree& root) {
    if (!raw.note.empty()) return builder.warn({source, raw.line, raw.column}, raw.note);
    if (raw.meta_command)
        return builder.warn({source, raw.line, raw.column}, "psql meta-command ignored: " + first_words(raw.text, 1));
    const AppliedTreeScope scope(root.get());
    builder.apply(*root, raw);
}

// A small source on one thread: split, then each statement parsed and applied in order.
void split_parse_and_apply_here(Builder& builder, const SourceText& source) {
    SplitSource split = split_statements(source.text, source.name);
    expand_do_blocks(split.statements);
    builder.annotations = std::move(split.annotations);
    const SourceScope scope(source.name);
    for (const auto& raw : split.statements)
        apply_statement(builder, raw, source.name, raw.is_sql() ? parse_statement(raw, source.name) : nullptr);
}

// A big source on two threads. This one splits the text into statements, then applies them in
// order, as PostgreSQL would run them; the other parses each statement as soon as the split hands
// it over (parsing is independent of what came before) and frees the trees once applied. The
// split ends before the first statement is applied, so a split error (an unbalanced quote) comes
// before any other, as on one thread, and a statement's parse error is raised when its turn to be
// applied comes.
void split_parse_and_apply(Builder& builder, const SourceText& source, const ParseOptions& options) {
    if (source.text.size() < options.two_threads_from_bytes || std::thread::hardware_concurrency() < 2)
        return split_parse_and_apply_here(builder, source);
    // Wakes are system calls: the parsing thread is woken for batches of split statements, and for
    // batches of applied ones to free.
    constexpr std::size_t split_batch = 32;
    constexpr std::size_t free_batch = 128;
    struct Parsed {
        RawStatement statement;
        ParseTree tree;
        std::exception_ptr error;
    };
    // Each statement holds a byte of the text at least, and a DO block's expansion a byte of its body.
    const std::size_t most = 2 * (source.text.size() + 1);
    PublishedList<RawStatement> split(most);
    PublishedList<Parsed> parsed(most);
    // Counts published, times two, plus one once final.
    std::atomic<std::size_t> split_state{0};
    std::atomic<std::size_t> parsed_state{0};
    std::atomic<std::size_t> applied{0};  // trees applied, which the parsing thread frees
    std::atomic<bool> stop{false};
    std::thread parser_thread;
    try {
        parser_thread = std::thread([&] {
            std::size_t freed = 0;
            auto free_applied = [&] {
                const std::size_t done = std::min(applied.load(std::memory_order_acquire), parsed.size());
                for (; freed < done; ++freed) recycle_tree(std::move(parsed[freed].tree));
            };
            for (std::size_t taken = 0; !stop.load(std::memory_order_relaxed);) {
                const std::size_t state = split_state.load(std::memory_order_acquire);
                if (taken == state / 2) {
                    if (state & 1) break;
                    split_state.wait(state, std::memory_order_acquire);
                    continue;
                }
                for (; taken < state / 2 && !stop.load(std::memory_order_relaxed); ++taken) {
                    Parsed p{std::move(split[taken]), nullptr, nullptr};
                    try {
                        if (p.statement.is_sql()) p.tree = parse_statement(p.statement, source.name);
                    } catch (...) {
                        p.error = std::current_exception();
                    }
                    parsed.push_back(std::move(p));
                    parsed_state.store(2 * parsed.size(), std::memory_order_release);
                    parsed_state.notify_one();
                    free_applied();
                }
            }
            parsed_state.store(2 * parsed.size() + 1, std::memory_order_release);
            parsed_state.notify_one();
            // The trees still to free: freeing where they were allocated keeps it off the applying thread.
            while (!stop.load(std::memory_order_relaxed)) {
                const std::size_t done = applied.load(std::memory_order_acquire);
                if (done >= parsed.size()) break;
                free_applied();
                applied.wait(done, std::memory_order_acquire);
            }
            free_applied();
        });
    } catch (const std::system_error&) {
        return split_parse_and_apply_here(builder, source);  // no thread to be had
    }
    struct JoinOnExit {
        std::thread& thread;
        std::atomic<bool>& stop;
        std::atomic<std::size_t>& split_state;
        std::atomic<std::size_t>& applied;
        ~JoinOnExit() {  // also on an error: the thread frees the trees applied, and ends
            stop.store(true, std::memory_order_relaxed);
            split_state.fetch_or(1, std::memory_order_release);
            split_state.notify_one();
            applied.store(static_cast<std::size_t>(-1), std::memory_order_release);
            applied.notify_one();
            thread.join();
        }
    } join{parser_thread, stop, split_state, applied};

    std::vector<RawStatement> expanded;
    std::size_t published = 0;
    SplitSource rest = split_statements(source.text, source.name, [&](RawStatement&& raw) {
        expanded.clear();
        expand_do_block(raw, expanded);
        for (auto& statement : expanded) split.push_back(std::move(statement));
        if (split.size() - published >= split_batch) {
            published = split.size();
            split_state.store(2 * published, std::memory_order_release);
            split_state.notify_one();
        }
    });
    split_state.store(2 * split.size() + 1, std::memory_order_release);
    split_state.notify_one();
    builder.annotations = std::move(rest.annotations);

    const SourceScope scope(source.name);
    for (std::size_t i = 0;; ++i) {
        std::size_t state;
        while ((state = parsed_state.load(std::memory_order_acquire)) / 2 <= i) {
            if (state & 1) return;  // all applied
            parsed_state.wait(state, std::memory_order_acquire);
        }
        Parsed& p = parsed[i];
        if (p.error) std::rethrow_exception(p.error);
        apply_statement(builder, p.statement, source.name, p.tree);
        applied.store(i + 1, std::memory_order_release);
        if ((i + 1) % free_batch == 0) applied.notify_one();
    }
}

}  // namespace

ParseResult parse_sources(const std::vector<SourceText>& sources, const ParseOptions& options) {
    Builder builder;
    for (const auto& source : sources) split_parse_and_apply(builder, source, options);
    builder.check_references();
    return {std::move(builder.catalog), std::move(builder.warnings)};
}

ParseResult parse_sql(const std::string& text, const std::string& source_name, const ParseOptions& options) {
    return parse_sources({{source_name, text}}, options);
}

}  // namespace parser
