// The parser's acceptance test on real inputs (see README.md here). Needs the throwaway server:
// run as `scripts/pg-tmp <build>/tests/roundtrip/strata_roundtrip_tests`; fails without it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "cases.hpp"
#include "compare.hpp"
#include "live_server.hpp"
#include "runner.hpp"

using namespace roundtrip;

namespace {

const std::string accepts_file = std::string(STRATA_ROUNDTRIP_DIR) + "/pg15-accepts.txt";
const std::string floors_file = std::string(STRATA_ROUNDTRIP_DIR) + "/baseline.txt";

std::string env(const char* name, const std::string& fallback = "") {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

struct Tally {
    int files = 0, accepted = 0, rejected = 0, skipped = 0, passed = 0, failed = 0;
};

std::string verdict_line(const Input& in, const Outcome& out) {
    return out.verdict + " " + in.rel + (out.why.empty() ? "" : ": " + out.why);
}

// The first `limit` lines, then "... N more".
std::string listing(const std::vector<std::string>& lines, std::size_t limit = 10) {
    std::ostringstream s;
    for (std::size_t i = 0; i < lines.size() && i < limit; ++i) s << "  " << lines[i] << '\n';
    if (lines.size() > limit) s << "  ... " << lines.size() - limit << " more\n";
    return s.str();
}

}  // namespace

TEST_CASE("corpus and conformance files load as recorded and survive the inspect round trip",
          "[roundtrip][live]") {
    Settings settings;
    settings.server_url = test_support::live_server_url();
    settings.pg_bindir = env("STRATA_PG_BINDIR", "/usr/lib/postgresql/15/bin");
    settings.strata = STRATA_BINARY;
    settings.jobs = std::stoi(env("STRATA_ROUNDTRIP_JOBS", "2"));
    const bool record = env("STRATA_RECORD") == "1";
    const std::string only = env("STRATA_ROUNDTRIP_ONLY");  // substring of the relative path

    std::vector<Input> inputs;
    for (auto& in : enumerate_inputs(STRATA_SHARED_DIR))
        if (in.rel.find(only) != std::string::npos) inputs.push_back(std::move(in));
    REQUIRE(!inputs.empty());

    const auto start = std::chrono::steady_clock::now();
    const std::vector<Outcome> outcomes =
        run_all(inputs, case_roles(STRATA_SHARED_DIR), corpus_preludes(STRATA_SHARED_DIR), settings);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::map<std::string, Tally> tally;
    std::vector<std::string> verdicts, results, failures, errors;
    double busy = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& in = inputs[i];
        const Outcome& out = outcomes[i];
        Tally& t = tally[in.group];
        ++t.files;
        busy += out.seconds;
        if (!out.error.empty()) {
            errors.push_back(in.rel + ": " + out.error);
            continue;
        }
        verdicts.push_back(verdict_line(in, out));
        t.accepted += out.verdict == "accepted";
        t.rejected += out.verdict == "rejected";
        t.skipped += out.result == "skipped";
        t.passed += out.result == "passed";
        t.failed += out.result == "failed";
        results.push_back(out.result + " " + in.rel + (out.reason.empty() ? "" : ": " + out.reason));
        if (out.result == "failed") failures.push_back(in.rel + ": " + out.reason);
        // The live round trip, drift, the plan and the exact plan are tallied as groups of their
        // own: "<group>/live", "<group>/drift", "<group>/plan", "corpus/devplan".
        for (const auto& [stage, result, reason] : {std::tuple{std::string("live"), out.live_result, out.live_reason},
                                                    std::tuple{std::string("drift"), out.drift_result, out.drift_reason},
                                                    std::tuple{std::string("plan"), out.plan_result, out.plan_reason},
                                                    std::tuple{std::string("devplan"), out.devplan_result, out.devplan_reason}}) {
            if (stage == "plan" && in.group == "corpus") continue;  // no starting state
            if (stage == "devplan" && in.group != "corpus") continue;
            Tally& s = tally[in.group + "/" + stage];
            ++s.files;
            s.accepted += out.verdict == "accepted";
            s.rejected += out.verdict == "rejected";
            s.skipped += result == "skipped";
            s.passed += result == "passed";
            s.failed += result == "failed";
            results.push_back(stage + " " + result + " " + in.rel + (reason.empty() ? "" : ": " + reason));
            if (result == "failed") failures.push_back(in.rel + " (" + stage + "): " + reason);
        }
    }

    std::vector<std::string> summary;
    for (const auto& [group, t] : tally)
        summary.push_back(group + " files " + std::to_string(t.files) + " accepted " + std::to_string(t.accepted) +
                          " rejected " + std::to_string(t.rejected) + " | passed " + std::to_string(t.passed) +
                          " failed " + std::to_string(t.failed) + " skipped " + std::to_string(t.skipped));
    std::vector<std::string> report = summary;
    report.insert(report.end(), results.begin(), results.end());
    write_lines(STRATA_ROUNDTRIP_RESULTS, report);
    std::cout << "roundtrip: " << inputs.size() << " files in " << wall << " s wall (" << busy << " s of work, "
              << settings.jobs << " jobs); per-file results in " << STRATA_ROUNDTRIP_RESULTS << '\n'
              << listing(summary, 100);
    std::vector<std::size_t> by_time(inputs.size());
    for (std::size_t i = 0; i < by_time.size(); ++i) by_time[i] = i;
    std::sort(by_time.begin(), by_time.end(), [&](auto x, auto y) { return outcomes[x].seconds > outcomes[y].seconds; });
    std::cout << "slowest:";
    for (std::size_t k = 0; k < 3 && k < by_time.size(); ++k)
        std::cout << ' ' << inputs[by_time[k]].rel << " (" << outcomes[by_time[k]].seconds << " s)";
    std::cout << '\n';
    if (!failures.empty()) std::cout << "first round-trip failures:\n" << listing(failures, 5);

    INFO("the harness could not run these files:\n" << listing(errors));
    REQUIRE(errors.empty());

    // PostgreSQL 15's verdicts, against (or recorded into) pg15-accepts.txt.
    if (record && only.empty()) {
        write_lines(accepts_file, verdicts);
    } else {
        std::set<std::string> chosen;
        for (const auto& in : inputs) chosen.insert(in.rel);
        std::vector<std::string> expected;
        for (const auto& line : read_lines(accepts_file)) {
            const std::size_t a = line.find(' ') + 1, b = line.find(": ", a);
            if (chosen.count(line.substr(a, b == std::string::npos ? std::string::npos : b - a))) expected.push_back(line);
        }
        std::vector<std::string> changed;
        std::set<std::string> now(verdicts.begin(), verdicts.end()), before(expected.begin(), expected.end());
        for (const auto& line : before)
            if (!now.count(line)) changed.push_back("was: " + line);
        for (const auto& line : now)
            if (!before.count(line)) changed.push_back("now: " + line);
        INFO("PostgreSQL's verdicts differ from " << accepts_file << " (STRATA_RECORD=1 rewrites it):\n"
                                                  << listing(changed, 20));
        CHECK(changed.empty());
    }

    // The floors in baseline.txt; a filtered run proves nothing about them.
    if (!only.empty()) return;
    std::map<std::string, int> floors = read_floors(floors_file);
    for (const auto& [group, t] : tally) {
        const int floor = floors.count(group) ? floors[group] : 0;
        INFO(group << ": " << t.passed << " round trips pass, the floor in " << floors_file << " is " << floor);
        CHECK(t.passed >= floor);
        if (record) floors[group] = std::max(floor, t.passed);
    }
    if (record) write_floors(floors_file, floors);
}
