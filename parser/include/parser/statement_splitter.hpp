#pragma once
// Splits SQL text into statements, honouring quotes, dollar quotes, comments, parentheses and
// BEGIN ATOMIC … END bodies. Unbalanced input is an error with the position of the problem.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"

namespace parser {

struct Annotation {
    int line = 0;        // the line the comment is on
    std::string text;    // after "-- strata:", trimmed, e.g. "renamed-from old_name"
};

struct RawStatement {
    std::string_view text;  // from the first token up to (not including) the ';'
    std::size_t byte = 0;   // offset of text in the source
    int line = 1;
    int column = 1;
    bool meta_command = false;  // a psql backslash command such as \restrict
    // Not SQL but a warning to give in statement order: what a DO block holds that Strata does not
    // read (parser/src/do_block.cpp).
    std::string note;

    bool is_sql() const { return !meta_command && note.empty(); }
    // The file position `offset` bytes into text (the file name left empty).
    engine::SourceLocation location_at(std::size_t offset) const;
};

struct SplitSource {
    std::vector<RawStatement> statements;
    std::vector<Annotation> annotations;
};

// `source_name` is used in error locations. Throws engine::Error.
SplitSource split_statements(std::string_view text, const std::string& source_name);
// The same, handing each statement to `each` as soon as it ends instead of keeping it (the
// result's statements stay empty), so that parsing can start while the split goes on.
SplitSource split_statements(std::string_view text, const std::string& source_name,
                             const std::function<void(RawStatement&&)>& each);

}  // namespace parser
