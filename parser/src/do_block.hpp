#pragma once
// DO blocks: the DDL a PL/pgSQL DO block runs is read as if it were written in its place.
#include <string>
#include <vector>

#include "parser/statement_splitter.hpp"

namespace parser {

// Replaces every DO statement in `statements` by the statements its body runs that Strata reads
// (CREATE, ALTER, DROP, COMMENT, GRANT, REVOKE, SET), each with its own file position, and by
// notes for what it skips: branches of an IF after the first, loops, EXECUTE, handlers.
void expand_do_blocks(std::vector<RawStatement>& statements);
// The same for one statement: appends it to `out`, or what it stands for if it is a DO statement.
void expand_do_block(const RawStatement& statement, std::vector<RawStatement>& out);

}  // namespace parser
