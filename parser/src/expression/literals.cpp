#include "expression/literals.hpp"

#include <cctype>

namespace parser::expression {

namespace {

void append_utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int digit_value(char c, int base) {
    const int v = std::isdigit(static_cast<unsigned char>(c))  ? c - '0'
                  : std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                                 : 99;
    return v < base ? v : -1;
}

// Reads up to `max` digits of `base` at s[i]; advances i. Returns -1 when there are fewer than `min`.
long read_number(std::string_view s, std::size_t& i, int base, std::size_t min, std::size_t max) {
    long v = 0;
    std::size_t n = 0;
    while (n < max && i < s.size() && digit_value(s[i], base) >= 0) {
        v = v * base + digit_value(s[i], base);
        ++i;
        ++n;
    }
    return n < min ? -1 : v;
}

// The text between the outer quotes, with '' standing for one quote.
std::string quoted_body(std::string_view quoted) {
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        out += quoted[i];
        if (quoted[i] == '\'') ++i;
    }
    return out;
}

std::optional<std::string> decode_backslash_escapes(std::string_view quoted) {
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size();) {
        const char c = quoted[i];
        if (c == '\'') {  // '' inside
            out += '\'';
            i += 2;
            continue;
        }
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        const char e = quoted[i + 1];
        i += 2;
        switch (e) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'x': {
                const long v = read_number(quoted.substr(0, quoted.size() - 1), i, 16, 1, 2);
                if (v < 0) out += 'x';  // "\x" without digits is a plain x
                else out += static_cast<char>(v);
                break;
            }
            case 'u':
            case 'U': {
                const long v = read_number(quoted.substr(0, quoted.size() - 1), i, 16, e == 'u' ? 4 : 8, e == 'u' ? 4 : 8);
                if (v < 0 || v > 0x10FFFF) return std::nullopt;
                append_utf8(out, static_cast<unsigned long>(v));
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    --i;
                    out += static_cast<char>(read_number(quoted.substr(0, quoted.size() - 1), i, 8, 1, 3) & 0xFF);
                } else {
                    out += e;
                }
        }
    }
    return out;
}

std::optional<std::string> decode_unicode_escapes(const std::string& body, char escape) {
    std::string out;
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] != escape) {
            out += body[i++];
            continue;
        }
        ++i;
        if (i < body.size() && body[i] == escape) {
            out += escape;
            ++i;
            continue;
        }
        const bool six = i < body.size() && body[i] == '+';
        if (six) ++i;
        const long v = read_number(body, i, 16, six ? 6 : 4, six ? 6 : 4);
        if (v < 0 || v > 0x10FFFF) return std::nullopt;
        append_utf8(out, static_cast<unsigned long>(v));
    }
    return out;
}

}  // namespace

std::string literal_prefix(std::string_view literal) {
    if (literal.empty() || literal[0] == '\'') return "";
    if (literal[0] == '$') return "$";
    if (literal.size() > 1 && literal[1] == '&') return "u&";
    return std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(literal[0]))));
}

std::optional<std::string> decode_string_literal(std::string_view literal, char unicode_escape) {
    const std::string prefix = literal_prefix(literal);
    if (prefix == "$") {
        const std::size_t tag = literal.find('$', 1) + 1;
        return std::string(literal.substr(tag, literal.size() - 2 * tag));
    }
    const std::string_view quoted = literal.substr(prefix.size());
    if (prefix == "e") return decode_backslash_escapes(quoted);
    if (prefix == "u&") return decode_unicode_escapes(quoted_body(quoted), unicode_escape);
    return quoted_body(quoted);
}

}  // namespace parser::expression
