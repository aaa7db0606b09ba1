// Fidelity to the real reviewers: every point of seeds 003 (ODPM to Halton) and 004 (GOEM to
// Leicestershire) that tests/fidelity.json maps to rules is raised by those rules on its example,
// and docs/fidelity.md names the same rules for the same point, so the two cannot drift apart.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

nlohmann::json read_json(const std::string& relative) {
    return nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / relative));
}

const nlohmann::json& fidelity() {
    static const nlohmann::json doc = read_json("tests/fidelity.json");
    return doc;
}

const std::string& fidelity_md() {
    static const std::string text = read_file(fs::path(SOURCE_DIR) / "docs/fidelity.md");
    return text;
}

// The JSON report of `check` on one example, run once per example.
const nlohmann::json& report(const std::string& example) {
    static std::map<std::string, nlohmann::json> cache;
    auto it = cache.find(example);
    if (it == cache.end()) {
        const RunResult run = run_draftcheck("check --format json " + example);
        EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << example << ": exit " << run.exit_code << "\n" << run.err;
        nlohmann::json doc = nlohmann::json::parse(run.out, nullptr, false);
        if (doc.is_discarded() || doc["results"].size() != 1) doc = {{"results", {{{"findings", nlohmann::json::array()}}}}};
        it = cache.emplace(example, std::move(doc)).first;
    }
    return it->second["results"][0];
}

std::set<std::string> fired_rules(const std::string& example) {
    std::set<std::string> rules;
    for (const auto& f : report(example)["findings"]) rules.insert(f["rule"].get<std::string>());
    return rules;
}

std::string describe(const nlohmann::json& entry) {
    return "seed " + entry.value("seed", "?") + ", '" + entry.value("point", "?") + "'";
}

TEST(Fidelity, EveryEntryIsComplete) {
    ASSERT_TRUE(fidelity().is_array());
    ASSERT_FALSE(fidelity().empty());
    for (const auto& entry : fidelity()) {
        ASSERT_TRUE(entry.is_object()) << entry.dump();
        const std::string seed = entry.value("seed", "");
        EXPECT_TRUE(seed == "003" || seed == "004") << describe(entry);
        EXPECT_FALSE(entry.value("point", "").empty()) << describe(entry);
        const std::string example = entry.value("example", "");
        EXPECT_TRUE(fs::exists(fs::path(SOURCE_DIR) / example)) << describe(entry) << ": no example " << example;
        ASSERT_TRUE(entry.contains("rules") && entry["rules"].is_array()) << describe(entry);
        EXPECT_FALSE(entry["rules"].empty()) << describe(entry) << ": a point no rule raises belongs in docs/fidelity.md only";
    }
}

TEST(Fidelity, BothSeedsAndAllSevenKeyIssuesAreMapped) {
    int seed003 = 0, seed004 = 0, key_issues = 0;
    for (const auto& entry : fidelity()) {
        if (entry.value("seed", "") == "003") ++seed003;
        if (entry.value("seed", "") == "004") ++seed004;
        if (entry.value("seed", "") == "004" && entry.value("heading", "") == "Key issues") ++key_issues;
    }
    EXPECT_GT(seed003, 0);
    EXPECT_GT(seed004, 0);
    EXPECT_EQ(key_issues, 7) << "each of GOEM's seven key issues should be mapped";
}

TEST(Fidelity, EveryMappedRuleFiresOnItsExample) {
    for (const auto& entry : fidelity()) {
        const std::string example = entry.value("example", "");
        const std::set<std::string> fired = fired_rules(example);
        for (const auto& rule : entry["rules"]) {
            EXPECT_TRUE(fired.count(rule.get<std::string>()))
                << describe(entry) << ": " << rule.get<std::string>() << " does not fire on " << example;
        }
    }
}

TEST(Fidelity, TheDocumentQuotesEveryPointAndNamesItsRules) {
    const std::string& md = fidelity_md();
    for (const auto& entry : fidelity()) {
        const std::string point = entry.value("point", "");
        const auto at = md.find(point);
        ASSERT_NE(at, std::string::npos) << describe(entry) << ": docs/fidelity.md does not quote this point";
        // The rules are named on the same table row as the point.
        const auto row_end = md.find('\n', at);
        const std::string row = md.substr(at, row_end == std::string::npos ? std::string::npos : row_end - at);
        for (const auto& rule : entry["rules"]) {
            EXPECT_NE(row.find("`" + rule.get<std::string>() + "`"), std::string::npos)
                << describe(entry) << ": docs/fidelity.md does not name " << rule.get<std::string>() << " for it";
        }
    }
}

// Every rule id the page names (`group.name` for a group that has rules) is a real rule.
TEST(Fidelity, TheDocumentNamesOnlyRealRules) {
    const RunResult run = run_draftcheck("rules list");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::set<std::string> ids, groups;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
        const std::string id = line.substr(0, line.find('\t'));
        if (id.empty()) continue;
        ids.insert(id);
        groups.insert(id.substr(0, id.find('.')));
    }
    const std::regex named("`([a-z0-9-]+)\\.([a-z0-9-]+)`");
    const std::string& md = fidelity_md();
    int checked = 0;
    for (std::sregex_iterator it(md.begin(), md.end(), named), end; it != end; ++it) {
        if (!groups.count((*it)[1].str())) continue;  // e.g. `submission.dates`, a field
        ++checked;
        EXPECT_TRUE(ids.count((*it)[1].str() + "." + (*it)[2].str())) << "docs/fidelity.md names " << (*it)[0].str()
                                                                       << ", which is not a rule";
    }
    EXPECT_GT(checked, 0);
}

// GOEM's letter lists seven key issues; draftcheck should raise something a reviewer would act on
// (an error or a warning) under each of them for the Leicestershire second draft.
TEST(Fidelity, LeicestershireRaisesEverySevenKeyIssues) {
    const std::vector<std::string> key_issues = {"telling-the-story",         "indicators",        "reward-targets",
                                                 "funding-streams",           "freedoms-and-flexibilities",
                                                 "engaging-partners",         "performance-management"};
    std::set<std::string> known;
    for (const auto& s : read_json("rules/sections.json")) known.insert(s["id"].get<std::string>());
    std::map<std::string, int> raised;
    for (const auto& f : report("examples/leicestershire-laa-2nd-draft.json")["findings"]) {
        const std::string severity = f["severity"].get<std::string>();
        if (severity == "error" || severity == "warning") ++raised[f["section"].get<std::string>()];
    }
    for (const auto& section : key_issues) {
        EXPECT_TRUE(known.count(section)) << section << " is not a section of rules/sections.json";
        EXPECT_GT(raised[section], 0) << "no error or warning under " << section << " for Leicestershire";
    }
}

TEST(Fidelity, TheNorthmoorExamplesHaveNoError) {
    for (const std::string example : {"examples/northmoor-laa-final.json", "examples/northmoor-laa2008.json"}) {
        const auto& result = report(example);
        EXPECT_TRUE(result.value("checked", false)) << example;
        EXPECT_EQ(result["summary"]["error"], 0) << example << "\n" << result["findings"].dump(2);
    }
}

}  // namespace
}  // namespace draftcheck
