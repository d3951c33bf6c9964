#pragma once
// Identifiers are a type: an Ident holds the name exactly as PostgreSQL stores it (unquoted
// input folded to lower case, quoted input kept). quote_ident() is the one quoting path for
// every identifier Strata writes into SQL; quote_literal() the one for string literals.
#include <atomic>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace engine {

enum class KeywordCategory { unreserved, column_name, type_func_name, reserved };

// The category of `word` (lower case) in PostgreSQL 15, or nullopt when it is no keyword.
std::optional<KeywordCategory> keyword_category(std::string_view word);

// Quotes as PostgreSQL's quote_ident() does: only when the name is not all lower-case
// letters, digits and underscores starting with a letter or underscore, or is a keyword
// other than an unreserved one.
std::string quote_ident(std::string_view name);
// The same, appended to `out` (no temporary string).
void append_quoted_ident(std::string& out, std::string_view name);
// Would quote_ident write `name` as is?
bool ident_is_plain(std::string_view name);

// 'text' with quotes doubled; E'' form when the text holds a backslash.
std::string quote_literal(std::string_view text);

// The longest identifier PostgreSQL keeps, in bytes (NAMEDATALEN - 1).
constexpr std::size_t max_identifier_bytes = 63;

// `name` cut to at most `bytes` bytes, never inside a UTF-8 character (pg_mbcliplen).
std::string clip_identifier(std::string_view name, std::size_t bytes = max_identifier_bytes);

// Folds an unquoted identifier the way PostgreSQL does (ASCII A-Z to a-z only).
std::string fold_identifier(std::string_view unquoted);

class Ident {
public:
    Ident() = default;
    // `name` as stored in the catalog (already folded or unquoted).
    explicit Ident(std::string name) : name_(std::move(name)) {}
    Ident(const Ident& other) : name_(other.name_), plain_(other.plain_.load(std::memory_order_relaxed)) {}
    Ident(Ident&& other) noexcept
        : name_(std::move(other.name_)), plain_(other.plain_.load(std::memory_order_relaxed)) {}
    Ident& operator=(const Ident& other) {
        name_ = other.name_;
        plain_.store(other.plain_.load(std::memory_order_relaxed), std::memory_order_relaxed);
        return *this;
    }
    Ident& operator=(Ident&& other) noexcept {
        name_ = std::move(other.name_);
        plain_.store(other.plain_.load(std::memory_order_relaxed), std::memory_order_relaxed);
        return *this;
    }

    const std::string& str() const { return name_; }
    // quote_ident(str()); whether quotes are needed is worked out once per Ident, since a plan
    // quotes every name several times.
    std::string quoted() const;
    void append_quoted(std::string& out) const;
    bool empty() const { return name_.empty(); }

    std::strong_ordering operator<=>(const Ident& other) const { return name_ <=> other.name_; }
    bool operator==(const Ident& other) const { return name_ == other.name_; }

private:
    bool plain() const;

    std::string name_;
    // 0: not known yet, 1: written as is, 2: needs quotes. Atomic: two threads may read one
    // catalog (the diff collects both sides at once); both store the same value.
    mutable std::atomic<std::uint8_t> plain_{0};
};

// schema.name; schema may be empty where PostgreSQL does not qualify (e.g. extensions' names).
struct QualifiedName {
    Ident schema;
    Ident name;

    std::string quoted() const;
    auto operator<=>(const QualifiedName&) const = default;
    bool operator==(const QualifiedName&) const = default;
};

// Hashes a schema-qualified name, for unordered containers.
struct QualifiedNameHash {
    static std::size_t of(std::string_view schema, std::string_view name) noexcept {
        const std::size_t h = std::hash<std::string_view>{}(name);
        return h ^ (std::hash<std::string_view>{}(schema) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
    std::size_t operator()(const QualifiedName& q) const noexcept { return of(q.schema.str(), q.name.str()); }
};

// A name to look up in hash-indexed maps (model/name_map.hpp), hashed once for all of them.
struct NameProbe {
    std::string_view schema;
    std::string_view name;
    std::size_t hash;

    NameProbe(std::string_view schema_, std::string_view name_)
        : schema(schema_), name(name_), hash(QualifiedNameHash::of(schema_, name_)) {}
    explicit NameProbe(const QualifiedName& q) : NameProbe(q.schema.str(), q.name.str()) {}
    bool operator==(const NameProbe& other) const {
        return hash == other.hash && name == other.name && schema == other.schema;
    }
};

}  // namespace engine
