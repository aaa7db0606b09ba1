// The sandbox holds against the hostile-rule corpus (tests/hostile-rules): every attack ends as
// engine.rule-failed with the expected reason, or is harmless, and the real rules still report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "lua/pattern_guard.h"
#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

struct Attack {
    std::string id;
    std::string expect;  // "harmless", or a fragment of the engine.rule-failed message
};

std::vector<Attack> attacks() {
    std::vector<Attack> out;
    for (const auto& entry : fs::directory_iterator(fs::path(SOURCE_DIR) / "tests/hostile-rules/hostile")) {
        const std::string text = read_file(entry.path());
        std::smatch m;
        if (!std::regex_search(text, m, std::regex("^-- expect: (.+)"))) ADD_FAILURE() << entry.path() << " has no '-- expect:' line";
        std::string expect = m[1];
        if (expect == "instructions") expect = "Lua instructions (an endless loop?)";
        if (expect == "memory") expect = "MiB of memory";
        if (expect == "time") expect = "ms of CPU time";
        if (expect == "patterns") expect = "estimated matching steps in all";
        out.push_back({"hostile." + entry.path().stem().string(), expect});
    }
    std::sort(out.begin(), out.end(), [](const Attack& a, const Attack& b) { return a.id < b.id; });
    return out;
}

class HostileRules : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        fs::remove("/tmp/draftcheck-pwned");
        run_ = new RunResult(run_draftcheck("check --format json --rules tests/hostile-rules tests/fixtures/final-draft-undecided-funding.json"));
        output_ = new nlohmann::json(nlohmann::json::parse(run_->out));
    }
    static void TearDownTestSuite() {
        delete run_;
        delete output_;
    }
    static const nlohmann::json& findings() { return (*output_)["results"][0]["findings"]; }
    static RunResult* run_;
    static nlohmann::json* output_;
};
RunResult* HostileRules::run_ = nullptr;
nlohmann::json* HostileRules::output_ = nullptr;

TEST_F(HostileRules, CorpusIsThere) {
    EXPECT_GE(attacks().size(), 30u);
}

TEST_F(HostileRules, EveryAttackEndsAsRuleFailedOrIsHarmless) {
    for (const auto& attack : attacks()) {
        SCOPED_TRACE(attack.id);
        std::vector<std::string> failures;
        for (const auto& f : findings()) {
            const std::string message = f["message"];
            if (f["rule"] == attack.id) failures.push_back("reported a finding: " + message);
            if (f["rule"] == "engine.rule-failed" && message.find("\"" + attack.id + "\"") != std::string::npos) failures.push_back(message);
        }
        if (attack.expect == "harmless") {
            EXPECT_TRUE(failures.empty()) << failures.front();
        } else {
            ASSERT_EQ(failures.size(), 1u);
            EXPECT_NE(failures[0].find(attack.expect), std::string::npos) << failures[0];
            // The rule file, or the helper library the failure happened in.
            EXPECT_NE(failures[0].find("tests/hostile-rules/"), std::string::npos) << "names the file: " << failures[0];
        }
    }
}

TEST_F(HostileRules, TheRealRulesStillReport) {
    const bool funding_found = std::any_of(findings().begin(), findings().end(), [](const auto& f) {
        return f["rule"] == "funding.pooled-or-aligned" && f["pointer"] == "/funding_streams/0/arrangement";
    });
    EXPECT_TRUE(funding_found);
    EXPECT_EQ(run_->exit_code, 3);  // some rules could not run
}

TEST_F(HostileRules, NoFailureMessageIsLongerThanAReportMessage) {
    // An error() or assert() of 20 MB, or a rule table of 300,000 stray fields, is cut.
    for (const auto& f : findings()) {
        if (f["rule"] == "engine.rule-failed") {
            EXPECT_LE(f["message"].get<std::string>().size(), 2'400u) << f["message"].get<std::string>().substr(0, 200);
        }
    }
}

TEST_F(HostileRules, AnAttackThatPassesALimitFailsAloneAndIsNotRetried) {
    // The rules after a time, memory or pattern failure still report (the limits are per rule).
    const auto failed = [](const std::string& id) {
        return std::any_of(findings().begin(), findings().end(), [&](const auto& f) {
            return f["rule"] == "engine.rule-failed" && f["message"].template get<std::string>().find("\"" + id + "\"") != std::string::npos;
        });
    };
    EXPECT_TRUE(failed("hostile.utf8-len-loop"));
    EXPECT_TRUE(failed("hostile.write-draft"));  // after it in name order
    EXPECT_FALSE(failed("hostile.kept-d-params-walked"));
}

TEST(RuleMemory, TheRulesOfOneDraftShareOneCap) {
    // Twelve rules each keep 48 MiB in a helper library for the rest of the draft; each is under
    // its own 64 MiB, but the draft's 512 MiB stops the eleventh and twelfth.
    TempDir dir("hoard");
    fs::create_directories(dir / "lib");
    fs::copy(fs::path(SOURCE_DIR) / "tests/hostile-rules/hoard", dir / "hoard");
    fs::copy_file(fs::path(SOURCE_DIR) / "tests/hostile-rules/lib/hoard.lua", dir / "lib/hoard.lua");
    const RunResult run = run_draftcheck("check --format json --rules '" + dir.path().string() + "' examples/halton-lpsa2-draft.json");
    const auto doc = nlohmann::json::parse(run.out);
    std::vector<std::string> failed;
    for (const auto& f : doc["results"][0]["findings"]) {
        const std::string message = f["message"];
        if (f["rule"] == "engine.rule-failed" && message.find("\"hoard.") != std::string::npos) {
            EXPECT_NE(message.find("what the rules before it left of the draft's memory cap"), std::string::npos) << message;
            failed.push_back(message.substr(message.find("hoard."), 13));
        }
    }
    EXPECT_EQ(failed, (std::vector<std::string>{"hoard.keep-11", "hoard.keep-12"}));
}

TEST(RuleMemory, LimitsDoNotDependOnWhatTheWorkerCheckedBefore) {
    // Rules at the edge of their caps, after drafts of different sizes: each verdict is the same
    // whichever worker checks the draft and whatever it checked before.
    const std::string drafts = "examples/leicestershire-laa-2nd-draft.json tests/fixtures/final-draft-undecided-funding.json "
                               "examples/halton-lpsa2-draft.json tests/fixtures/final-draft-undecided-funding.json";
    const RunResult one = run_draftcheck("check --format json --jobs 1 --rules tests/hostile-rules/edge " + drafts);
    const auto doc = nlohmann::json::parse(one.out);
    std::set<std::string> verdicts;
    for (const auto& result : doc["results"])
        for (const auto& f : result["findings"]) {
            const std::string message = f["message"];
            if (f["rule"].get<std::string>().rfind("edge.", 0) == 0) verdicts.insert(f["rule"].get<std::string>() + " reported");
            else if (f["rule"] == "engine.rule-failed" && message.find("\"edge.") != std::string::npos) verdicts.insert(message.substr(10, 30) + " failed");
        }
    EXPECT_GE(verdicts.size(), 3u) << "every edge rule either reports or fails";
    for (const char* jobs : {"2", "3"}) EXPECT_EQ(run_draftcheck(std::string("check --format json --jobs ") + jobs + " --rules tests/hostile-rules/edge " + drafts).out, one.out) << jobs;
}

TEST_F(HostileRules, NothingEscaped) {
    EXPECT_FALSE(fs::exists("/tmp/draftcheck-pwned"));
}

TEST_F(HostileRules, RuleFailuresSayWhereTheRuleWentWrong) {
    const auto message_of = [](const std::string& id) {
        for (const auto& f : findings())
            if (f["message"].get<std::string>().find("\"" + id + "\"") != std::string::npos) return f["message"].get<std::string>();
        return std::string();
    };
    EXPECT_NE(message_of("hostile.write-draft").find("write-draft.lua, line 11)"), std::string::npos);
    EXPECT_NE(message_of("hostile.syntax-error").find("syntax-error.lua, line 3)"), std::string::npos);
    EXPECT_NE(message_of("hostile.bad-metadata").find("\"guidance\" is missing"), std::string::npos);
}

TEST(PatternGuard, CommonPatternsOnDraftSizedTextAreAllowed) {
    const auto fits = [](const std::string& pattern, std::size_t length) {
        return pattern_work_estimate(pattern.data(), pattern.size(), length) <= 1e9;
    };
    EXPECT_TRUE(fits("%s+", 16'000));
    EXPECT_TRUE(fits("^%s*(.-)%s*$", 1'000));
    EXPECT_TRUE(fits("(%d+)/(%d+)", 1'000));
    EXPECT_TRUE(fits("meetings held", 100'000));
    EXPECT_FALSE(fits("a*a*a*a*a*a*a*a*b", 40));
    EXPECT_FALSE(fits("(.-)(.-)(.-)x", 2'000));
}

TEST(PatternGuard, SetsAndEscapesAreNotQuantifiers) {
    // "[*+-]" holds no quantifier, "%-" is a literal dash: linear in the text either way.
    EXPECT_DOUBLE_EQ(pattern_work_estimate("^[*+-]", 6, 1000), 1.0);
    EXPECT_DOUBLE_EQ(pattern_work_estimate("^%-%+", 5, 1000), 2.0);  // two characters compared
    EXPECT_DOUBLE_EQ(pattern_work_estimate("^a*", 3, 9), 10.0);
}

}  // namespace
}  // namespace draftcheck
