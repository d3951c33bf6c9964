#include "engine/json_writer.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace engine {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when there is none.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) length = 2;
    else if (b0 == 0xE0) length = 3, lo = 0xA0;
    else if (b0 == 0xED) length = 3, hi = 0x9F;
    else if (b0 >= 0xE1 && b0 <= 0xEF) length = 3;
    else if (b0 == 0xF0) length = 4, lo = 0x90;
    else if (b0 >= 0xF1 && b0 <= 0xF3) length = 4;
    else if (b0 == 0xF4) length = 4, hi = 0x8F;
    else return 0;
    if (i + length > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

}  // namespace

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8_length(text, i);
            if (n == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(text.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) out += fmt::format("\\u{:04x}", c);
                else out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
    return out;
}

void JsonWriter::newline_indent(std::size_t depth) {
    if (indent_ <= 0) return;
    out_ += '\n';
    out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

// Places the separator and indentation a value needs in its context.
void JsonWriter::before_value() {
    if (stack_.empty()) {
        if (wrote_top_) throw std::logic_error("json: a second top-level value");
        return;
    }
    Frame& frame = stack_.back();
    if (frame.object) {
        if (!frame.after_key) throw std::logic_error("json: a value inside an object needs a key first");
        frame.after_key = false;
        return;  // key() already placed the separator
    }
    if (frame.has_items) out_ += ',';
    newline_indent(stack_.size());
    frame.has_items = true;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    if (stack_.empty() || !stack_.back().object) throw std::logic_error("json: a key outside an object");
    Frame& frame = stack_.back();
    if (frame.after_key) throw std::logic_error("json: two keys in a row");
    if (frame.has_items) out_ += ',';
    newline_indent(stack_.size());
    out_ += json_quote(name);
    out_ += indent_ > 0 ? ": " : ":";
    frame.has_items = true;
    frame.after_key = true;
    return *this;
}

JsonWriter& JsonWriter::open(bool object, char bracket) {
    before_value();
    out_ += bracket;
    stack_.push_back(Frame{object});
    return *this;
}

JsonWriter& JsonWriter::close(bool object, char bracket) {
    if (stack_.empty() || stack_.back().object != object)
        throw std::logic_error(object ? "json: end_object without begin_object" : "json: end_array without begin_array");
    if (stack_.back().after_key) throw std::logic_error("json: a key without a value");
    const bool had_items = stack_.back().has_items;
    stack_.pop_back();
    if (had_items) newline_indent(stack_.size());  // empty containers stay "{}" and "[]"
    out_ += bracket;
    if (stack_.empty()) wrote_top_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_object() { return open(true, '{'); }
JsonWriter& JsonWriter::end_object() { return close(true, '}'); }
JsonWriter& JsonWriter::begin_array() { return open(false, '['); }
JsonWriter& JsonWriter::end_array() { return close(false, ']'); }

JsonWriter& JsonWriter::raw_value(std::string_view text) {
    before_value();
    out_ += text;
    if (stack_.empty()) wrote_top_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) { return raw_value(json_quote(text)); }
JsonWriter& JsonWriter::value(bool b) { return raw_value(b ? "true" : "false"); }
JsonWriter& JsonWriter::null() { return raw_value("null"); }

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number)) return null();
    // fmt's default is the shortest text that reads back to the same double: 0.1, 100, 1e+20.
    return raw_value(fmt::format("{}", number));
}

}  // namespace engine
