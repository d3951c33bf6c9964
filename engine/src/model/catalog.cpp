#include "engine/model/catalog.hpp"

namespace engine {

bool Catalog::has_relation(const QualifiedName& name) const {
    return tables.count(name) || views.count(name) || sequences.count(name) || indexes.count(name);
}

}  // namespace engine
