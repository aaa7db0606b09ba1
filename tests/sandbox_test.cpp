// The sandbox holds against the hostile-rule corpus (tests/hostile-rules): every attack ends as
// engine.rule-failed with the expected reason, or is harmless, and the real rules still report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

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
    EXPECT_DOUBLE_EQ(pattern_work_estimate("^%-%+", 5, 1000), 1.0);
    EXPECT_DOUBLE_EQ(pattern_work_estimate("^a*", 3, 9), 10.0);
}

}  // namespace
}  // namespace draftcheck
