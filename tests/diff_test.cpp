// `draftcheck diff` and `check --previous`: findings are matched by fingerprint, so inserting an
// indicator or reordering funding streams does not turn persisting findings into new ones.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;
using Pairs = std::set<std::pair<std::string, std::string>>;

// (rule, pointer) of the findings of the two rules the fixture pair is about.
Pairs of(const nlohmann::json& findings) {
    Pairs out;
    for (const auto& f : findings)
        if (f["rule"] == "indicators.baseline-present" || f["rule"] == "funding.pooled-or-aligned") out.insert({f["rule"].get<std::string>(), f["pointer"].get<std::string>()});
    return out;
}

class DiffPair : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const RunResult run = run_draftcheck("diff --format json tests/fixtures/diff/before.json tests/fixtures/diff/after.json");
        exit_code_ = run.exit_code;
        diff_ = new nlohmann::json(nlohmann::json::parse(run.out));
    }
    static void TearDownTestSuite() { delete diff_; }
    static nlohmann::json* diff_;
    static int exit_code_;
};
nlohmann::json* DiffPair::diff_ = nullptr;
int DiffPair::exit_code_ = -1;

TEST_F(DiffPair, FixedFindingsAreResolvedWhereTheyWere) {
    EXPECT_EQ(of((*diff_)["resolved"]), (Pairs{{"indicators.baseline-present", "/indicators/0"},             // ind-crime got a baseline
                                                {"funding.pooled-or-aligned", "/funding_streams/0/arrangement"}}));  // Sure Start now aligned
    EXPECT_EQ(exit_code_, 0);
}

TEST_F(DiffPair, TheInsertedIndicatorIsTheOnlyNewOne) {
    EXPECT_EQ(of((*diff_)["new"]), (Pairs{{"indicators.baseline-present", "/indicators/1"}}));  // ind-asb
}

TEST_F(DiffPair, MovedEntitiesPersist) {
    // ind-fear moved from /indicators/1 to /indicators/2, Connexions from stream 1 to stream 0.
    EXPECT_EQ(of((*diff_)["persisting"]), (Pairs{{"indicators.baseline-present", "/indicators/2"},
                                                  {"funding.pooled-or-aligned", "/funding_streams/0/arrangement"}}));
}

TEST_F(DiffPair, EveryFindingIsInExactlyOneList) {
    const auto before = nlohmann::json::parse(run_draftcheck("check --format json tests/fixtures/diff/before.json").out);
    const auto after = nlohmann::json::parse(run_draftcheck("check --format json tests/fixtures/diff/after.json").out);
    EXPECT_EQ((*diff_)["resolved"].size() + (*diff_)["persisting"].size(), before["results"][0]["findings"].size());
    EXPECT_EQ((*diff_)["new"].size() + (*diff_)["persisting"].size(), after["results"][0]["findings"].size());
}

TEST(Diff, TextGroupsBySection) {
    const RunResult run = run_draftcheck("diff tests/fixtures/diff/before.json tests/fixtures/diff/after.json");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.out.rfind("Changes in findings from tests/fixtures/diff/before.json to tests/fixtures/diff/after.json\n", 0), 0u);
    const auto resolved = run.out.find("\nResolved (");
    const auto added = run.out.find("\nNew (");
    const auto persisting = run.out.find("\nPersisting (");
    ASSERT_LT(resolved, added);
    ASSERT_LT(added, persisting);
    EXPECT_NE(run.out.find("  Funding Streams\n", resolved), std::string::npos);
}

TEST(Diff, AnUncheckableDraftIsTwo) {
    const RunResult run = run_draftcheck("diff tests/fixtures/diff/before.json tests/bad-drafts/truncated.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("tests/bad-drafts/truncated.json:"), std::string::npos) << run.err;
}

TEST(Previous, NeedsExactlyOneDraft) {
    const RunResult run = run_draftcheck("check --previous tests/fixtures/diff/before.json tests/fixtures/diff/after.json examples/northmoor-laa-final.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("give one draft"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace draftcheck
