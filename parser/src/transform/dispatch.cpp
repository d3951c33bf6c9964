#include "grammar/statement.hpp"
#include "transform/builder.hpp"

namespace parser {

namespace g = grammar;

void Builder::apply(const Node& root, const RawStatement& raw) {
    current_ = &raw;
    // CREATE OR REPLACE leaves an or_replace node before the statement node.
    const bool or_replace = child<g::or_replace>(root) != nullptr;
    const Node& s = *root.children.back();
    if (s.is_type<g::create_table>()) return create_table(s);
    if (s.is_type<g::create_table_as>()) return create_table_as(s);
    if (s.is_type<g::create_foreign_table>()) return create_foreign_table(s);
    if (s.is_type<g::alter_table>()) return alter_table(s);
    if (s.is_type<g::create_index>()) return create_index(s);
    if (s.is_type<g::alter_index>()) return alter_index(s);
    if (s.is_type<g::create_sequence>()) return create_sequence(s);
    if (s.is_type<g::alter_sequence>()) return alter_sequence(s);
    if (s.is_type<g::create_schema>()) return create_schema(s);
    if (s.is_type<g::create_extension>()) return create_extension(s);
    if (s.is_type<g::set_statement>()) return set_statement(s);
    if (s.is_type<g::set_config_call>()) return set_config_call(s);
    if (s.is_type<g::create_type>()) return create_type(s);
    if (s.is_type<g::create_domain>()) return create_domain(s);
    if (s.is_type<g::alter_type>()) return alter_type(s);
    if (s.is_type<g::alter_domain>()) return alter_domain(s);
    if (s.is_type<g::create_view>()) return create_view(s, or_replace);
    if (s.is_type<g::create_materialized_view>()) return create_materialized_view(s);
    if (s.is_type<g::create_function>()) return create_function(s, or_replace);
    if (s.is_type<g::create_trigger>()) return create_trigger(s);
    if (s.is_type<g::create_policy>()) return create_policy(s);
    if (s.is_type<g::comment_statement>()) return comment(s);
    if (s.is_type<g::grant_statement>()) return grant(s);
    if (s.is_type<g::drop_statement>()) return drop(s);
    if (s.is_type<g::create_raw>()) return create_raw(s, raw);
    if (s.is_type<g::alter_default_privileges>()) return alter_default_privileges(s, raw);
    if (s.is_type<g::alter_view_default>()) return alter_view_default(s);
    if (s.is_type<g::alter_owner_generic>()) return alter_owner(s);  // schemas and routines; other kinds ignored
    if (s.is_type<g::transaction_statement>()) return;
    if (s.is_type<g::data_statement>()) {
        std::string head(text_of(s).substr(0, text_of(s).find_first_of(" \t\n(")));
        for (auto& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return warn(location_of(s), "data statement ignored (" + head + ")");
    }
    fail(s, "internal error: unhandled statement node " + std::string(s.type));
}

}  // namespace parser
