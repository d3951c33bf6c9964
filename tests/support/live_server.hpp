#pragma once
// The throwaway server started by scripts/pg-tmp. Tests that need it fail loudly without it:
// they never skip.
#include <string>

namespace test_support {

// STRATA_TEST_URL, or a test failure explaining how to run the live tests.
std::string live_server_url();

// The URL of `base` with its database replaced by `database`.
std::string url_for_database(const std::string& base, const std::string& database);

// A uniquely named database on the live server, dropped when the object goes away.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const std::string& prefix = "t");
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    const std::string& name() const { return name_; }
    const std::string& url() const { return url_; }

private:
    std::string name_;
    std::string url_;
};

}  // namespace test_support
