#include "catalog_script.hpp"

namespace introspect {

void CatalogScript::add(Phase phase, const std::string& statement) {
    std::string& text = phases_[static_cast<std::size_t>(phase)];
    text += statement;
    text += ";\n";
}

void CatalogScript::append(const CatalogScript& other) {
    for (std::size_t i = 0; i < phases_.size(); ++i) phases_[i] += other.phases_[i];
}

std::string CatalogScript::text() const {
    std::string out;
    for (const auto& phase : phases_) out += phase;
    return out;
}

std::string qualified(const std::string& schema, const std::string& name) {
    return engine::quote_ident(schema) + "." + engine::quote_ident(name);
}

std::string quoted(const std::string& name) { return engine::quote_ident(name); }

}  // namespace introspect
