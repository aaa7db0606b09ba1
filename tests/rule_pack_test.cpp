// The rule pack against the guidance: every guidance rule R01-R67 is either cited by some rule or
// listed in docs/fidelity.md as not decidable from a draft. What each rule must satisfy on its own
// (it loads, is in a known section, cites the guidance, has tests that pass) is `draftcheck rules
// test`'s business, run by ctest as rules_test.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

// R-numbers named in `text`, with ranges such as "R03-R05" read as every number in between.
std::set<int> r_numbers(const std::string& text) {
    std::set<int> found;
    const std::regex one("\\bR([0-9]{2})\\b(?:\\s*(?:-|\u2013|to)\\s*R([0-9]{2})\\b)?");
    for (std::sregex_iterator it(text.begin(), text.end(), one), end; it != end; ++it) {
        const int first = std::stoi((*it)[1].str());
        const int last = (*it)[2].matched ? std::stoi((*it)[2].str()) : first;
        for (int n = first; n <= std::max(first, last) && n <= 99; ++n) found.insert(n);
    }
    return found;
}

// The R-numbers docs/fidelity.md lists under its "Not decidable from a draft" heading.
std::set<int> not_decidable_in_fidelity_md() {
    const std::string md = read_file(fs::path(SOURCE_DIR) / "docs/fidelity.md");
    const auto start = md.find("### Not decidable from a draft");
    if (start == std::string::npos) return {};
    const auto end = md.find("\n#", start + 1);
    std::set<int> found;
    // Only list items count: "- **R13** (...)".
    std::istringstream lines(md.substr(start, end == std::string::npos ? std::string::npos : end - start));
    const std::regex item("^- \\*\\*R([0-9]{2})\\*\\*.*");
    std::smatch m;
    for (std::string line; std::getline(lines, line);)
        if (std::regex_match(line, m, item)) found.insert(std::stoi(m[1].str()));
    return found;
}

// Every parameter says what it is, where its value comes from and how sure that is, so a reviewer can
// tell a figure from the guidance from one of ours (docs/rule-api.md, Parameters).
TEST(RulePack, EveryParameterHasItsSourceAndConfidence) {
    const std::set<std::string> levels = {"high", "medium", "low"};
    int checked = 0;
    for (const char* name : {"common", "lpsa2", "laa", "laa2008"}) {
        const fs::path file = fs::path(SOURCE_DIR) / "rules" / "params" / (std::string(name) + ".json");
        const nlohmann::json doc = nlohmann::json::parse(read_file(file));
        for (const auto& [key, entry] : doc.items()) {
            ++checked;
            EXPECT_FALSE(entry.value("description", "").empty()) << file << ": " << key << " has no description";
            EXPECT_FALSE(entry.value("source", "").empty()) << file << ": " << key << " has no source";
            EXPECT_TRUE(levels.count(entry.value("confidence", ""))) << file << ": " << key
                                                                    << " needs a confidence of high, medium or low";
        }
    }
    EXPECT_GT(checked, 0);
}

TEST(RulePack, EveryGuidanceRuleIsCitedOrListedAsNotDecidable) {
    const RunResult run = run_draftcheck("rules list --format json");
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json rules = nlohmann::json::parse(run.out);
    ASSERT_TRUE(rules.is_array() && !rules.empty());
    std::set<int> cited;
    for (const auto& rule : rules)
        for (int n : r_numbers(rule.value("guidance", ""))) cited.insert(n);
    const std::set<int> not_decidable = not_decidable_in_fidelity_md();
    EXPECT_FALSE(not_decidable.empty()) << "docs/fidelity.md has no 'Not decidable from a draft' list";
    for (int n = 1; n <= 67; ++n) {
        char name[8];
        std::snprintf(name, sizeof name, "R%02d", n);
        EXPECT_TRUE(cited.count(n) || not_decidable.count(n))
            << name << " is cited by no rule's guidance and not listed as not decidable in docs/fidelity.md";
        EXPECT_FALSE(cited.count(n) && not_decidable.count(n))
            << name << " is cited by a rule but listed as not decidable in docs/fidelity.md";
    }
}

}  // namespace
}  // namespace draftcheck
