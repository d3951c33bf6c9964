// `WITH (name = value, …)` lists: storage parameters, index and view options, opclass parameters.
#include "grammar/statement.hpp"
#include "transform/node.hpp"

namespace parser {

namespace g = grammar;

void read_options(engine::Options& into, const Node& option_list, std::string_view bare, bool reset) {
    for (const auto* item : children<g::option_item>(option_list)) {
        std::string name = engine::fold_identifier(text_of(*child<g::option_name>(*item)));
        if (reset) {
            into.erase(name);
            continue;
        }
        const Node* value = child<g::option_value>(*item);
        into.set(std::move(name), value ? std::string(text_of(*value)) : std::string(bare));
    }
}

}  // namespace parser
