#include "engine/model/catalog.hpp"

namespace engine {

bool Catalog::has_relation(const QualifiedName& name) const { return has_relation(NameProbe(name)); }

bool Catalog::has_relation(const NameProbe& name) const {
    return tables.contains(name) || views.contains(name) || sequences.contains(name) || indexes.contains(name);
}

bool Catalog::has_function_named(const QualifiedName& name) const {
    // Keys are signatures, "schema.name(argtypes)": every overload sorts right after the prefix.
    const std::string prefix = name.quoted() + "(";
    auto it = functions.lower_bound(prefix);
    return it != functions.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace engine
