#include "statement_kinds.hpp"

#include <cctype>

namespace parser {

std::string first_words(std::string_view text, int words) {
    std::string out;
    int count = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (space && in_word && ++count == words) break;
        in_word = !space;
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string kind_outside_model(std::string_view text) {
    static const char* kinds[] = {"CREATE PUBLICATION", "CREATE SUBSCRIPTION", "CREATE TEXT SEARCH",
                                  "CREATE EVENT TRIGGER", "CREATE LANGUAGE", "CREATE ROLE", "CREATE USER",
                                  "CREATE DATABASE", "CREATE TABLESPACE", "CREATE STATISTICS", "CREATE CONVERSION",
                                  "CREATE ACCESS METHOD", "CREATE TRANSFORM", "CREATE GROUP", "ALTER SYSTEM",
                                  "ALTER ROLE", "ALTER DATABASE", "ALTER EXTENSION", "ALTER PUBLICATION",
                                  "ALTER TEXT SEARCH", "ALTER EVENT TRIGGER"};
    const std::string head = first_words(text, 3);
    for (const char* k : kinds)
        if (head.rfind(k, 0) == 0) return k;
    return "";
}

}  // namespace parser
