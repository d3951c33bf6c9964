#pragma once
// Runs `body` between `begin` and COMMIT (or ROLLBACK when `commit` is false); on an exception
// the transaction is rolled back and the exception passes on.
#include <string>

#include "introspect/connection.hpp"

namespace introspect {

template <typename Body>
void in_transaction(Connection& connection, const std::string& begin, bool commit, Body body) {
    connection.execute(begin);
    try {
        body();
        connection.execute(commit ? "COMMIT" : "ROLLBACK");
    } catch (...) {
        try {
            connection.execute("ROLLBACK");
        } catch (...) {
            // The connection is gone; the server ends the transaction with it.
        }
        throw;
    }
}

}  // namespace introspect
