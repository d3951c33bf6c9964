#include "parser/statement_splitter.hpp"

#include "grammar/lexical.hpp"

namespace parser {

namespace {

namespace g = grammar;
using namespace tao::pegtl;

struct open_paren : one<'(', '['> {};
struct close_paren : one<')', ']'> {};
struct semicolon : one<';'> {};
struct word : g::unquoted_ident {};
struct meta_command : seq<one<'\\'>, until<eolf>> {};
struct other_char : any {};
struct token : sor<g::line_comment, g::block_comment, g::string_literal, g::quoted_ident, g::parameter, g::number,
                   word, open_paren, close_paren, semicolon, meta_command, plus<ascii::space>, other_char> {};
struct script : seq<star<not_at<eof>, token>, eof> {};

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

struct State {
    std::string_view text;
    std::string source;
    SplitSource out;
    bool in_statement = false;
    RawStatement current;
    std::vector<Paren> parens;
    // BEGIN ATOMIC … END: semicolons inside belong to the body. CASE … END nests inside.
    int atomic_depth = 0;
    int case_depth = 0;
    bool after_begin = false;  // the previous word was BEGIN

    template <typename Input>
    void start(const Input& in) {
        if (in_statement) return;
        in_statement = true;
        const auto& p = in.iterator();  // position() would copy the source name
        current = RawStatement{};
        current.byte = p.byte;
        current.line = static_cast<int>(p.line);
        current.column = static_cast<int>(p.column);
    }

    void finish(std::size_t end_byte) {
        if (!in_statement) return;
        current.text = text.substr(current.byte, end_byte - current.byte);
        while (!current.text.empty() && std::isspace(static_cast<unsigned char>(current.text.back())))
            current.text.remove_suffix(1);
        out.statements.push_back(current);
        in_statement = false;
        after_begin = false;
    }

    [[noreturn]] void fail(const position& p, const std::string& message) const {
        throw engine::Error(engine::SourceLocation{source, static_cast<int>(p.line), static_cast<int>(p.column)}, message);
    }
};

template <typename Rule>
struct action : nothing<Rule> {};

// Any token other than white space and comments begins a statement.
template <typename Rule>
struct starts_statement {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        s.start(in);
    }
};
template <> struct action<g::string_literal> : starts_statement<g::string_literal> {};
template <> struct action<g::quoted_ident> : starts_statement<g::quoted_ident> {};
template <> struct action<g::parameter> : starts_statement<g::parameter> {};
template <> struct action<g::number> : starts_statement<g::number> {};
template <> struct action<other_char> : starts_statement<other_char> {};

template <>
struct action<g::line_comment> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        std::string_view c = in.string_view();
        c.remove_prefix(2);
        while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
        if (c.substr(0, 7) != "strata:") return;
        c.remove_prefix(7);
        while (!c.empty() && std::isspace(static_cast<unsigned char>(c.back()))) c.remove_suffix(1);
        while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
        s.out.annotations.push_back({static_cast<int>(in.position().line), std::string(c)});
    }
};

template <>
struct action<word> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        s.start(in);
        const std::string_view w = in.string_view();
        auto is = [&](std::string_view keyword) {
            if (w.size() != keyword.size()) return false;
            for (std::size_t i = 0; i < w.size(); ++i)
                if (std::tolower(static_cast<unsigned char>(w[i])) != keyword[i]) return false;
            return true;
        };
        if (s.after_begin && is("atomic")) {
            ++s.atomic_depth;
        } else if (s.atomic_depth > 0 && is("case")) {
            ++s.case_depth;
        } else if (s.atomic_depth > 0 && is("end")) {
            if (s.case_depth > 0) --s.case_depth;
            else --s.atomic_depth;
        }
        s.after_begin = is("begin");
    }
};

template <>
struct action<open_paren> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        s.start(in);
        const auto& p = in.iterator();
        s.parens.push_back({in.peek_char(), static_cast<int>(p.line), static_cast<int>(p.column)});
    }
};

template <>
struct action<close_paren> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        s.start(in);
        const char close = in.peek_char();
        const char open = close == ')' ? '(' : '[';
        if (s.parens.empty())
            s.fail(in.position(), std::string("unexpected '") + close + "' without a matching '" + open + "'");
        if (s.parens.back().open != open)
            s.fail(in.position(), expected_closer(s.parens.back()) + " before '" + close + "'");
        s.parens.pop_back();
    }
};

template <>
struct action<semicolon> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        if (!s.parens.empty()) {
            s.fail(in.position(), expected_closer(s.parens.back()) + " before ';'");
        }
        if (s.atomic_depth > 0) return;
        if (!s.in_statement) return;  // an empty statement
        s.finish(in.iterator().byte);
    }
};

template <>
struct action<meta_command> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        if (s.in_statement) return;  // a backslash inside a statement is just a character
        s.start(in);
        s.current.meta_command = true;
        s.finish(in.iterator().byte + in.size());
    }
};

template <>
struct action<eof> {
    template <typename Input>
    static void apply(const Input& in, State& s) {
        if (!s.parens.empty()) {
            s.fail(in.position(), expected_closer(s.parens.back()) + " before the end of the file");
        }
        if (s.atomic_depth > 0) s.fail(in.position(), "expected END to close BEGIN ATOMIC before the end of the file");
        s.finish(in.position().byte);
    }
};

// Errors raised inside must<> (unterminated quotes and comments) get a readable message.
template <typename Rule>
struct control : normal<Rule> {
    template <typename Input, typename... States>
    [[noreturn]] static void raise(const Input& in, States&&...) {
        std::string what = "unexpected input";
        if constexpr (std::is_same_v<Rule, g::squote_body> || std::is_same_v<Rule, g::escape_body>)
            what = "unterminated quoted string";
        else if constexpr (std::is_same_v<Rule, g::quoted_ident_body>)
            what = "unterminated quoted identifier";
        else if constexpr (std::is_same_v<Rule, g::block_comment_body>)
            what = "unterminated /* comment";
        throw parse_error(what, in);
    }
};

}  // namespace

SplitSource split_statements(std::string_view text, const std::string& source_name) {
    State state;
    state.text = text;
    state.source = source_name;
    memory_input<> in(text.data(), text.size(), source_name);
    try {
        parse<script, action, control>(in, state);
    } catch (const parse_error& e) {
        const auto& p = e.positions().front();
        // The position of a must<> failure is where the quoted text began.
        throw engine::Error(engine::SourceLocation{source_name, static_cast<int>(p.line), static_cast<int>(p.column)},
                            std::string(e.message()) + " at the end of the input");
    }
    return std::move(state.out);
}

}  // namespace parser
