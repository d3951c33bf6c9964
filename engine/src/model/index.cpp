#include "engine/model/index.hpp"

#include <algorithm>

namespace engine {

namespace {

bool same_element(const IndexElement& a, const IndexElement& b) {
    return a.column == b.column && a.expression == b.expression && a.collation == b.collation &&
           a.opclass == b.opclass && a.opclass_params == b.opclass_params && a.order == b.order && a.nulls == b.nulls;
}

}  // namespace

bool same_index_definition(const Index& a, const Index& b) {
    return a.method == b.method && a.unique == b.unique && a.nulls_not_distinct == b.nulls_not_distinct &&
           a.include == b.include && a.predicate == b.predicate &&
           std::equal(a.elements.begin(), a.elements.end(), b.elements.begin(), b.elements.end(), same_element);
}

}  // namespace engine
