#pragma once
// Decoding of string literal bodies into the value PostgreSQL stores.
#include <optional>
#include <string>
#include <string_view>

namespace parser::expression {

// The value of '…' (with '' and adjacent runs joined), E'…' (backslash escapes), U&'…'
// (Unicode escapes with `escape` as the escape character) and $tag$…$tag$ literals.
// `literal` is the whole token including its prefix. Returns nullopt on an invalid escape.
std::optional<std::string> decode_string_literal(std::string_view literal, char unicode_escape = '\\');

// The lower-case prefix of a string token: "", "e", "u&", "n", "$", or "b"/"x" for bit strings.
std::string literal_prefix(std::string_view literal);

}  // namespace parser::expression
