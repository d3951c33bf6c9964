#include "engine/identifier.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace engine {

namespace {

struct KeywordEntry {
    std::string_view word;
    KeywordCategory category;
};

constexpr KeywordEntry keyword_table[] = {
#include "keywords.inc"
};

}  // namespace

namespace {

// The table's entries by first character and the longest keyword: most names are looked up in
// a handful of entries, or not at all (quote_ident runs for every name Strata writes).
struct KeywordBuckets {
    std::array<std::pair<const KeywordEntry*, const KeywordEntry*>, 256> by_first{};
    std::size_t longest = 0;
};

KeywordBuckets make_buckets() {
    KeywordBuckets b;
    for (auto& range : b.by_first) range = {std::end(keyword_table), std::end(keyword_table)};
    for (const auto& e : keyword_table) {
        auto& range = b.by_first[static_cast<unsigned char>(e.word[0])];
        if (range.first == std::end(keyword_table)) range.first = &e;
        range.second = &e + 1;
        b.longest = std::max(b.longest, e.word.size());
    }
    return b;
}

}  // namespace

std::optional<KeywordCategory> keyword_category(std::string_view word) {
    static const KeywordBuckets buckets = make_buckets();
    if (word.empty() || word.size() > buckets.longest) return std::nullopt;
    const auto [begin, end] = buckets.by_first[static_cast<unsigned char>(word[0])];
    const auto* it = std::lower_bound(begin, end, word, [](const KeywordEntry& e, std::string_view w) { return e.word < w; });
    if (it == end || it->word != word) return std::nullopt;
    return it->category;
}

bool ident_is_plain(std::string_view name) {
    bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
    for (char c : name) {
        if (!safe) break;
        safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (safe) {
        auto category = keyword_category(name);
        safe = !category || *category == KeywordCategory::unreserved;
    }
    return safe;
}

namespace {

void append_quoted_unless(std::string& out, std::string_view name, bool plain) {
    if (plain) {
        out += name;
        return;
    }
    out += '"';
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace

void append_quoted_ident(std::string& out, std::string_view name) { append_quoted_unless(out, name, ident_is_plain(name)); }

std::string quote_ident(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 2);
    append_quoted_ident(out, name);
    return out;
}

std::string clip_identifier(std::string_view name, std::size_t bytes) {
    std::size_t len = std::min(bytes, name.size());
    while (len > 0 && len < name.size() && (static_cast<unsigned char>(name[len]) & 0xC0) == 0x80) --len;
    return std::string(name.substr(0, len));
}

std::string quote_literal(std::string_view text) {
    const bool backslash = text.find('\\') != std::string_view::npos;
    std::string out = backslash ? "E'" : "'";
    for (char c : text) {
        if (c == '\'' || (backslash && c == '\\')) out += c;
        out += c;
    }
    return out + "'";
}

std::string fold_identifier(std::string_view unquoted) {
    std::string out(unquoted);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool Ident::plain() const {
    std::uint8_t known = plain_.load(std::memory_order_relaxed);
    if (known == 0) {
        known = ident_is_plain(name_) ? 1 : 2;
        plain_.store(known, std::memory_order_relaxed);
    }
    return known == 1;
}

std::string Ident::quoted() const {
    std::string out;
    out.reserve(name_.size() + 2);
    append_quoted_unless(out, name_, plain());
    return out;
}

void Ident::append_quoted(std::string& out) const { append_quoted_unless(out, name_, plain()); }

std::string QualifiedName::quoted() const {
    std::string out;
    out.reserve(schema.str().size() + name.str().size() + 5);
    if (!schema.empty()) {
        schema.append_quoted(out);
        out += '.';
    }
    name.append_quoted(out);
    return out;
}

}  // namespace engine
