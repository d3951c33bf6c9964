#include "option_lists.hpp"

#include "catalog_script.hpp"
#include "text_array.hpp"

namespace introspect {

namespace {

// A number, or a word that needs no quotes.
bool plain_value(const std::string& v) {
    if (v.empty()) return false;
    bool number = true;
    for (char c : v)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-')) number = false;
    return number || engine::quote_ident(v) == v;
}

template <typename Format>
std::string option_list(const std::string& array_text, Format format) {
    if (array_text.empty()) return "";
    std::string out;
    for (const auto& item : parse_text_array(array_text)) {
        if (!item) continue;
        const std::size_t eq = item->find('=');
        const std::string name = item->substr(0, eq);
        const std::string value = eq == std::string::npos ? "" : item->substr(eq + 1);
        if (!out.empty()) out += ", ";
        out += format(name, value);
    }
    return out;
}

}  // namespace

std::string storage_option_list(const std::string& array_text) {
    return option_list(array_text, [](const std::string& name, const std::string& value) {
        // Dotted names (toast.fillfactor) are two identifiers.
        std::string key;
        const std::size_t dot = name.find('.');
        key = dot == std::string::npos ? quoted(name) : quoted(name.substr(0, dot)) + "." + quoted(name.substr(dot + 1));
        return key + "=" + (plain_value(value) ? value : engine::quote_literal(value));
    });
}

std::string fdw_option_list(const std::string& array_text) {
    return option_list(array_text, [](const std::string& name, const std::string& value) {
        return quoted(name) + " " + engine::quote_literal(value);
    });
}

}  // namespace introspect
