#pragma once
// Byte-level scanning of the tokens whose insides do not matter to a grammar: quoted strings and
// identifiers, dollar quotes, comments, words. The statement splitter, the grammar's sep and
// balanced_group, and the expression lexer run on these loops instead of trying a PEGTL rule at
// every character; they follow the same lexical rules as lexical.hpp (and PostgreSQL's scanner).
#include <array>
#include <cstddef>
#include <cstring>

namespace parser::grammar::scan {

// Per byte: 1 starts an identifier (letters, '_', bytes >= 0x80), 2 continues one (those, digits, '$').
inline constexpr std::array<unsigned char, 256> ident_classes = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
        const bool other = start || (c >= '0' && c <= '9') || c == '$';
        t[static_cast<std::size_t>(c)] = static_cast<unsigned char>((start ? 1 : 0) | (other ? 2 : 0));
    }
    return t;
}();
inline bool ident_start(char c) { return ident_classes[static_cast<unsigned char>(c)] & 1; }
inline bool ident_char(char c) { return ident_classes[static_cast<unsigned char>(c)] & 2; }

inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Every function takes `p` at the token's first byte and returns one past its last byte, or
// nullptr when the token is not closed before `end`.

// A word: identifier characters.
inline const char* word(const char* p, const char* end) {
    ++p;
    while (p < end && ident_char(*p)) ++p;
    return p;
}

// '…' or "…", where a doubled quote stands for one (and 'a''b' is one token). `escapes`: E'…',
// where a backslash escapes the next byte.
inline const char* quoted(const char* p, const char* end, bool escapes = false) {
    const char q = *p++;
    for (;;) {
        if (escapes) {
            while (p < end && *p != q) p += (*p == '\\' && p + 1 < end) ? 2 : 1;
            if (p > end) p = end;
        } else {
            p = static_cast<const char*>(std::memchr(p, q, static_cast<std::size_t>(end - p)));
            if (!p) return nullptr;
        }
        if (p >= end) return nullptr;
        ++p;  // the closing quote
        if (p < end && *p == q) {
            ++p;  // doubled: the string goes on
            continue;
        }
        return p;
    }
}

// -- comment: up to the end of the line (the newline included) or of the input.
inline const char* line_comment(const char* p, const char* end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    return nl ? static_cast<const char*>(nl) + 1 : end;
}

// /* comment */, nested as in PostgreSQL.
inline const char* block_comment(const char* p, const char* end) {
    int depth = 0;
    while (p + 1 < end) {
        if (p[0] == '/' && p[1] == '*') {
            ++depth;
            p += 2;
        } else if (p[0] == '*' && p[1] == '/') {
            p += 2;
            if (--depth == 0) return p;
        } else {
            ++p;
        }
    }
    return nullptr;
}

// White space and comments from p: where they end. An unterminated /* comment is not skipped:
// the result points at it.
inline const char* separator(const char* p, const char* end) {
    while (p < end) {
        const char c = *p;
        if (is_space(c)) {
            ++p;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            p = line_comment(p, end);
        } else if (c == '/' && p + 1 < end && p[1] == '*') {
            const char* after = block_comment(p, end);
            if (!after) return p;
            p = after;
        } else {
            return p;
        }
    }
    return p;
}

// The length of a dollar-quote tag ($$ or $name$) at p, or 0 when p does not start one.
inline std::size_t dollar_tag(const char* p, const char* end) {
    const char* q = p + 1;
    if (q < end && ident_start(*q))
        while (q < end && ident_char(*q) && *q != '$') ++q;
    return q < end && *q == '$' ? static_cast<std::size_t>(q + 1 - p) : 0;
}

// $tag$ … $tag$, with the tag's length from dollar_tag().
inline const char* dollar_quoted(const char* p, const char* end, std::size_t tag) {
    for (const char* q = p + tag; q + tag <= end;) {
        q = static_cast<const char*>(std::memchr(q, '$', static_cast<std::size_t>(end - q)));
        if (!q || q + tag > end) return nullptr;
        if (std::memcmp(q, p, tag) == 0) return q + tag;
        ++q;
    }
    return nullptr;
}

// A quoted token at p: '…', "…", E'…' or $tag$ … $tag$. Returns p itself when none starts there,
// nullptr when it is not closed before `end`, else one past its end.
inline const char* quoted_token(const char* p, const char* end) {
    const char c = *p;
    if (c == '\'' || c == '"') return quoted(p, end);
    if ((c == 'e' || c == 'E') && p + 1 < end && p[1] == '\'') return quoted(p + 1, end, true);
    if (c == '$') {
        const std::size_t tag = dollar_tag(p, end);
        return tag ? dollar_quoted(p, end, tag) : p;
    }
    return p;
}

}  // namespace parser::grammar::scan
