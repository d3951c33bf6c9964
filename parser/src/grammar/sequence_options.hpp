#pragma once
// Sequence options, shared by CREATE/ALTER SEQUENCE and identity columns.
#include "grammar/common.hpp"

namespace parser::grammar {

struct seq_as : seq<kw_as, sep, type_name>, kept {};
struct seq_increment : seq<kw_increment, sep, opt<kw_by, sep>, signed_number>, kept {};
struct seq_minvalue : seq<kw_minvalue, sep, signed_number>, kept {};
struct seq_no_minvalue : seq<kw_no, sep, kw_minvalue>, kept {};
struct seq_maxvalue : seq<kw_maxvalue, sep, signed_number>, kept {};
struct seq_no_maxvalue : seq<kw_no, sep, kw_maxvalue>, kept {};
struct seq_start : seq<kw_start, sep, opt<kw_with, sep>, signed_number>, kept {};
struct seq_restart : seq<kw_restart, opt<sep, opt<kw_with, sep>, signed_number>>, kept {};
struct seq_cache : seq<kw_cache, sep, signed_number>, kept {};
struct seq_cycle : kw_cycle, kept {};
struct seq_no_cycle : seq<kw_no, sep, kw_cycle>, kept {};
struct seq_owned_none : seq<kw_owned, sep, kw_by, sep, kw_none>, kept {};
struct seq_owned_by : seq<kw_owned, sep, kw_by, sep, qualified_name>, kept {};
struct seq_name_option : seq<kw_sequence, sep, kw_name, sep, qualified_name>, kept {};
struct sequence_option : sor<seq_as, seq_increment, seq_minvalue, seq_no_minvalue, seq_maxvalue, seq_no_maxvalue,
                             seq_start, seq_restart, seq_cache, seq_cycle, seq_no_cycle, seq_owned_none, seq_owned_by,
                             seq_name_option> {};
struct sequence_options : star<sequence_option, sep> {};

}  // namespace parser::grammar
