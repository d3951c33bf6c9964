#pragma once
// Lexical rules shared by every statement grammar: white space and comments, keywords,
// identifiers, literals (standard, E'', U&'', B'', X'', dollar-quoted), numbers, operators.
#include <cctype>
#include <string>
#include <string_view>

#include <tao/pegtl.hpp>

#include "grammar/scan.hpp"

namespace parser::grammar {

namespace pegtl = tao::pegtl;
using namespace tao::pegtl;

// ---- white space and comments -------------------------------------------------------
// White space and comments, possibly none: a scanning loop (scan.hpp), as it runs between every
// two tokens. An unterminated /* comment is left unconsumed (the statement splitter reports it).
struct sep {
    using rule_t = sep;
    using subs_t = empty_list;

    template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    static bool match(ParseInput& in, States&&...) {
        const char* const begin = in.current();
        const char* const p = scan::separator(begin, in.end());
        if (p != begin) in.bump(static_cast<std::size_t>(p - begin));
        return true;
    }
};
template <typename... Rules>
struct padded : seq<Rules..., sep> {};

// ---- identifiers ------------------------------------------------------------------------
// Bytes >= 0x80 are identifier characters, as in PostgreSQL's scanner.
struct high_byte {
    using rule_t = high_byte;
    using subs_t = empty_list;
    template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    static bool match(ParseInput& in, States&&...) {
        if (in.empty() || !(static_cast<unsigned char>(in.peek_char()) & 0x80)) return false;
        in.bump(1);
        return true;
    }
};
struct ident_first : sor<ranges<'a', 'z', 'A', 'Z', '_'>, high_byte> {};
struct ident_other : sor<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>, one<'$'>, high_byte> {};
struct unquoted_ident : seq<ident_first, star<ident_other>> {};
struct quoted_ident_body : until<one<'"'>, any> {};
// "" inside a quoted identifier stands for one quote: consecutive quoted parts join.
struct quoted_ident : plus<one<'"'>, must<quoted_ident_body>> {};
struct identifier : sor<quoted_ident, unquoted_ident> {};

struct keyword_marker {};  // lets an error message name a keyword it expected
template <typename Istring>
struct keyword_spelling;
template <char... Cs>
struct keyword_spelling<ascii::istring<Cs...>> {
    static constexpr char text[] = {static_cast<char>(Cs >= 'a' && Cs <= 'z' ? Cs - 'a' + 'A' : Cs)..., '\0'};
};
template <typename Istring>
struct keyword_rule : seq<Istring, not_at<ident_other>>, keyword_marker {
    static constexpr std::string_view spelling = keyword_spelling<Istring>::text;  // TABLE
};
#define STRATA_KW(word) keyword_rule<TAO_PEGTL_ISTRING(word)>

// ---- literals -----------------------------------------------------------------------------
struct squote_body : until<one<'\''>, any> {};
// 'it''s' is two adjacent quoted runs; so is 'a' <newline> 'b' (string continuation).
struct standard_string : plus<one<'\''>, must<squote_body>> {};
struct escape_body : until<one<'\''>, sor<seq<one<'\\'>, any>, any>> {};
struct escape_string : seq<one<'e', 'E'>, plus<one<'\''>, must<escape_body>>> {};
struct unicode_string : seq<one<'u', 'U'>, one<'&'>, standard_string> {};
struct bit_string : seq<one<'b', 'B', 'x', 'X'>, standard_string> {};
struct national_string : seq<one<'n', 'N'>, standard_string> {};

// $tag$ … $tag$ ; the tag is empty or an identifier without '$'.
struct dollar_quoted {
    using rule_t = dollar_quoted;
    using subs_t = empty_list;

    template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    static bool match(ParseInput& in, States&&...) {
        const char* begin = in.current();
        const std::size_t size = in.size(0);
        if (size < 2 || begin[0] != '$') return false;
        std::size_t i = 1;
        auto first = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); };
        auto other = [&](char c) { return first(c) || std::isdigit(static_cast<unsigned char>(c)); };
        if (i < size && first(begin[i])) {
            while (i < size && other(begin[i])) ++i;
        }
        if (i >= size || begin[i] != '$') return false;
        const std::string_view tag(begin, i + 1);
        const std::string_view rest(begin + i + 1, size - i - 1);
        const std::size_t close = rest.find(tag);
        if (close == std::string_view::npos) {
            throw parse_error("unterminated dollar-quoted string " + std::string(tag), in);
        }
        in.bump(i + 1 + close + tag.size());
        return true;
    }
};

struct string_literal : sor<escape_string, unicode_string, bit_string, national_string, standard_string, dollar_quoted> {};

struct digits : plus<ascii::digit> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, digits> {};
struct number : seq<sor<seq<digits, opt<one<'.'>, star<ascii::digit>>>, seq<one<'.'>, digits>>, opt<exponent>,
                    not_at<ident_first>> {};
struct parameter : seq<one<'$'>, digits> {};

// Operators: PostgreSQL's operator characters; "--" and "/*" start comments instead.
struct op_char : one<'+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', '`', '?'> {};
struct operator_token : plus<not_at<sor<two<'-'>, string<'/', '*'>>>, op_char> {};

// ---- balanced token runs ------------------------------------------------------------------------
// A parenthesised or bracketed group, consumed whole with the tokens inside (strings, quoted
// identifiers, dollar quotes and comments may hold brackets). A scanning loop (scan.hpp), not a
// rule per character: groups hold most of a schema's expressions. It fails on a ';' or a bracket
// that does not match, which the statement splitter already reports with positions.
struct balanced_group {
    using rule_t = balanced_group;
    using subs_t = empty_list;

    template <apply_mode, rewind_mode, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    static bool match(ParseInput& in, States&&...) {
        const char* const begin = in.current();
        const char* const end = in.end();
        if (begin == end || (*begin != '(' && *begin != '[')) return false;
        std::string closers;  // the closers still expected, innermost last (no allocation up to 15 deep)
        for (const char* p = begin; p && p < end;) {
            const char c = *p;
            if (c == '(' || c == '[') {
                closers.push_back(c == '(' ? ')' : ']');
                ++p;
            } else if (c == ')' || c == ']') {
                if (closers.back() != c) return false;
                ++p;
                closers.pop_back();
                if (closers.empty()) {
                    in.bump(static_cast<std::size_t>(p - begin));
                    return true;
                }
            } else if (c == ';') {
                return false;
            } else if (c == '-' && p + 1 < end && p[1] == '-') {
                p = scan::line_comment(p, end);
            } else if (c == '/' && p + 1 < end && p[1] == '*') {
                p = scan::block_comment(p, end);
            } else if (const char* after = scan::quoted_token(p, end); after != p) {
                p = after;  // nullptr when unterminated: the group fails
            } else if (scan::ident_start(c)) {
                p = scan::word(p, end);
            } else {
                ++p;
            }
        }
        return false;
    }
};

}  // namespace parser::grammar
