// Batch checking: many drafts on several threads, output in input order and identical for any
// --jobs, and no rule state carried from one draft to the next.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

// A folder of many drafts: every example several times over, so workers interleave.
class BatchFolder : public ::testing::Test {
protected:
    void SetUp() override {
        int n = 0;
        for (int round = 0; round < 6; ++round)
            for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "examples")) {
                char name[32];
                std::snprintf(name, sizeof name, "%03d-", n++);
                fs::copy_file(entry.path(), dir_ / (name + entry.path().filename().string()));
            }
        count_ = n;
    }
    TempDir dir_;
    int count_ = 0;
};

TEST_F(BatchFolder, OutputIsTheSameBytesForOneAndTwoJobs) {
    for (const std::string format : {"json", "list", "text"}) {
        const RunResult one = run_draftcheck("check --jobs 1 --format " + format + " " + dir_.path().string());
        const RunResult two = run_draftcheck("check --jobs 2 --format " + format + " " + dir_.path().string());
        EXPECT_EQ(one.exit_code, 1) << format;
        EXPECT_EQ(one.exit_code, two.exit_code) << format;
        EXPECT_FALSE(one.out.empty());
        EXPECT_EQ(one.out, two.out) << format;
    }
}

TEST_F(BatchFolder, AFolderIsCheckedInNameOrder) {
    const auto doc = nlohmann::json::parse(run_draftcheck("check --jobs 2 --format json " + dir_.path().string()).out);
    ASSERT_EQ(doc["results"].size(), static_cast<std::size_t>(count_));
    for (std::size_t i = 1; i < doc["results"].size(); ++i)
        EXPECT_LT(doc["results"][i - 1]["file"].get<std::string>(), doc["results"][i]["file"].get<std::string>());
}

TEST_F(BatchFolder, SummaryHasOneRowPerDraft) {
    const RunResult run = run_draftcheck("check --summary " + dir_.path().string());
    std::vector<std::string> lines;
    std::istringstream in(run.out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    ASSERT_EQ(lines.size(), static_cast<std::size_t>(count_) + 2);  // the header and the totals
    EXPECT_EQ(lines[0].rfind("FILE", 0), 0u);
    EXPECT_EQ(lines.back().rfind("TOTAL", 0), 0u);
    EXPECT_NE(lines[0].find("KEY ISSUES"), std::string::npos);
    const auto leicestershire = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("leicestershire") != std::string::npos;
    });
    ASSERT_NE(leicestershire, lines.end());
    for (const char* section : {"telling-the-story", "indicators", "reward-targets", "funding-streams"})
        EXPECT_NE(leicestershire->find(section), std::string::npos) << *leicestershire;
    EXPECT_EQ(run.err, "") << "no progress line when stderr is not a terminal";
}

TEST_F(BatchFolder, AProgressLineAppearsWhenStderrIsATerminal) {
    // `script` (util-linux, in every Debian) gives the command a terminal; the line is rewritten
    // in place with carriage returns and cleared at the end.
    const RunResult run = run_shell("script -qec \"'" + std::string(DRAFTCHECK_BIN) + "' check --summary --jobs 1 '" +
                                        dir_.path().string() + "'\" /dev/null",
                                    SOURCE_DIR);
    EXPECT_NE(run.out.find("\rchecked 10/" + std::to_string(count_) + " drafts"), std::string::npos);
    EXPECT_NE(run.out.find("KEY ISSUES"), std::string::npos) << "the summary itself still prints";
}

TEST(Batch, AFolderWithNoDraftsIsAnError) {
    TempDir empty;
    const RunResult run = run_draftcheck("check " + empty.path().string());
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("this folder holds no .json, .yaml or .yml drafts"), std::string::npos) << run.err;
}

TEST(Batch, NoRuleStateSurvivesFromOneDraftToTheNext) {
    TempDir rules;
    write_file(rules / "stateful/counter.lua", R"(local calls = 0
return {
  id = "stateful.counter", title = "Counts its calls", section = "structure", severity = "advice",
  kinds = { "laa" }, guidance = "tests", rationale = "tests",
  check = function(draft, ctx)
    calls = calls + 1
    seen = (seen or 0) + 1
    ctx.report{ node = draft, message = "calls " .. calls .. ", seen " .. seen }
  end,
}
)");
    std::string files;
    for (int i = 0; i < 8; ++i) files += " tests/fixtures/final-draft-undecided-funding.json";
    for (const char* jobs : {"1", "2"}) {
        const RunResult run = run_draftcheck(std::string("check --format list --jobs ") + jobs + " --rules " + rules.path().string() + files);
        std::size_t hits = 0;
        for (std::size_t at = 0; (at = run.out.find("[stateful.counter]", at)) != std::string::npos; ++at) ++hits;
        EXPECT_EQ(hits, 8u) << run.out;
        EXPECT_EQ(run.out.find("calls 2"), std::string::npos) << "a rule kept file-level state across drafts";
        EXPECT_EQ(run.out.find("seen 2"), std::string::npos) << "a rule kept a global across drafts";
    }
}

TEST(Batch, AMissingFileAmongOthersIsReportedAndMakesTheRunTwo) {
    const RunResult run = run_draftcheck("check --format json examples/northmoor-laa-final.json no/such/draft.json");
    EXPECT_EQ(run.exit_code, 2);
    const auto doc = nlohmann::json::parse(run.out);
    EXPECT_TRUE(doc["results"][0]["checked"].get<bool>());
    EXPECT_FALSE(doc["results"][1]["checked"].get<bool>());
    EXPECT_EQ(doc["results"][1]["error"], "no/such/draft.json: error: no such file");
}

}  // namespace
}  // namespace draftcheck
