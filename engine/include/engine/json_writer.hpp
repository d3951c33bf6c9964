#pragma once
// A small streaming JSON writer shared by every JSON output (inspect, plan, drift, lint).
// The caller decides key order, so the same calls always give the same bytes.
//
//   JsonWriter w;                      // pretty, 2-space indent; JsonWriter{0} is one line
//   w.begin_object().key("a").value(1).key("b").begin_array().end_array().end_object();
//   w.str();                           // {\n  "a": 1,\n  "b": []\n}   (no trailing newline)
//
// Misuse (a value where a key is expected, unbalanced ends, a second top-level value) throws
// std::logic_error: it is a bug in the caller, never bad user input.
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace engine {

// `text` as a JSON string literal, quotes included. ", \ and control characters are escaped
// (\n, \t, \r, \b, \f short, the rest as \u00XX); valid UTF-8 is passed through unchanged, and
// each byte that is not part of valid UTF-8 becomes \ufffd so the output is always valid JSON.
std::string json_quote(std::string_view text);

class JsonWriter {
public:
    explicit JsonWriter(int indent = 2) : indent_(indent) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(bool b);
    JsonWriter& value(double number);  // NaN and infinities have no JSON spelling: null
    template <std::integral T>
        requires(!std::same_as<T, bool> && !std::same_as<T, char>)
    JsonWriter& value(T number) {
        return raw_value(std::to_string(number));
    }
    JsonWriter& null();

    // True once exactly one top-level value has been closed.
    bool complete() const { return stack_.empty() && wrote_top_; }
    // The text so far; complete() says whether it is a whole document.
    const std::string& str() const { return out_; }
    std::string take() && { return std::move(out_); }

private:
    struct Frame {
        bool object;
        bool has_items = false;
        bool after_key = false;  // objects: a key was written, its value is due
    };

    JsonWriter& raw_value(std::string_view text);
    JsonWriter& open(bool object, char bracket);
    JsonWriter& close(bool object, char bracket);
    void before_value();
    void newline_indent(std::size_t depth);

    int indent_;
    std::string out_;
    std::vector<Frame> stack_;
    bool wrote_top_ = false;
};

}  // namespace engine
