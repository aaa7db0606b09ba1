// The rule pack as a whole: every rule loads, has tests beside it, cites the guidance it comes from
// and belongs to a known section; and every guidance rule R01-R67 is either cited by some rule or
// listed in docs/fidelity.md as not decidable from a draft.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace draftcheck {
namespace {

using namespace draftcheck::testing;

struct ListedRule {
    std::string id;
    std::string section;
    std::string guidance;
    fs::path file;  // the rule's .lua file
};

// The text of `guidance = ...` in a rule file: from that line up to the next field of the rule
// table (a line indented two spaces that starts `name =`). Good enough to read the citation.
std::string guidance_in_file(const fs::path& file) {
    std::istringstream lines(read_file(file));
    const std::regex field("^  [a-z_]+ =.*");
    std::string text;
    bool inside = false;
    for (std::string line; std::getline(lines, line);) {
        if (!inside && line.rfind("  guidance =", 0) == 0) {
            inside = true;
            text = line.substr(12);
            continue;
        }
        if (inside) {
            if (std::regex_match(line, field)) break;
            text += "\n" + line;
        }
    }
    // Keep only what is inside string literals, so that `""` reads as empty.
    std::string literal;
    const std::regex quoted("\"((?:[^\"\\\\]|\\\\.)*)\"");
    for (std::sregex_iterator it(text.begin(), text.end(), quoted), end; it != end; ++it) literal += (*it)[1].str();
    return literal;
}

fs::path file_for(const std::string& id) {
    const auto dot = id.find('.');
    return fs::path(SOURCE_DIR) / "rules" / id.substr(0, dot) / (id.substr(dot + 1) + ".lua");
}

// The rules as `rules list` gives them: its JSON form when the command has one, else its text form
// (id, section, severity, title, tab-separated), with the guidance read from each rule file.
const std::vector<ListedRule>& listed_rules() {
    static const std::vector<ListedRule> rules = [] {
        std::vector<ListedRule> out;
        const RunResult json_run = run_draftcheck("rules list --format json");
        const nlohmann::json doc = json_run.exit_code == 0 ? nlohmann::json::parse(json_run.out, nullptr, false)
                                                           : nlohmann::json();
        if (doc.is_array()) {
            for (const auto& r : doc) {
                ListedRule rule{r.value("id", ""), r.value("section", ""), r.value("guidance", ""), {}};
                const std::string file = r.value("file", "");
                rule.file = file.empty() ? file_for(rule.id)
                                         : (fs::path(file).is_absolute() ? fs::path(file) : fs::path(SOURCE_DIR) / file);
                out.push_back(rule);
            }
            return out;
        }
        const RunResult run = run_draftcheck("rules list");
        std::istringstream lines(run.out);
        for (std::string line; std::getline(lines, line);) {
            if (line.empty()) continue;
            std::vector<std::string> cols;
            std::istringstream fields(line);
            for (std::string col; std::getline(fields, col, '\t');) cols.push_back(col);
            if (cols.size() < 2) continue;
            ListedRule rule{cols[0], cols[1], "", file_for(cols[0])};
            rule.guidance = guidance_in_file(rule.file);
            out.push_back(rule);
        }
        return out;
    }();
    return rules;
}

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

TEST(RulePack, EveryRuleLoads) {
    const RunResult run = run_draftcheck("rules list");
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_EQ(run.err, "") << "a rule failed to load";
    EXPECT_FALSE(run.out.empty());
    EXPECT_FALSE(listed_rules().empty());
}

TEST(RulePack, EveryRuleHasTestsBesideIt) {
    for (const auto& rule : listed_rules()) {
        EXPECT_TRUE(fs::exists(rule.file)) << rule.id << ": no file " << rule.file;
        fs::path tests = rule.file;
        tests.replace_extension(".test.json");
        ASSERT_TRUE(fs::exists(tests)) << rule.id << ": no " << tests.filename() << " beside " << rule.file;
        const nlohmann::json doc = nlohmann::json::parse(read_file(tests), nullptr, false);
        ASSERT_FALSE(doc.is_discarded()) << tests << " is not JSON";
        EXPECT_EQ(doc.value("rule", ""), rule.id) << tests;
        EXPECT_TRUE(doc.contains("cases") && doc["cases"].is_array() && !doc["cases"].empty()) << tests << " has no cases";
    }
}

TEST(RulePack, EveryRuleCitesTheGuidance) {
    const std::regex cited("\\bR[0-9]{2}\\b|\\bseed ?0[0-9]{2}\\b", std::regex::icase);
    for (const auto& rule : listed_rules()) {
        EXPECT_FALSE(rule.guidance.empty()) << rule.id << " has no guidance";
        EXPECT_TRUE(std::regex_search(rule.guidance, cited))
            << rule.id << ": its guidance names neither an R-number nor a seed: " << rule.guidance;
    }
}

// The citation read straight from each rule file names the same R-numbers as the listing, so the
// text-only fallback above reads guidance the way the engine does.
TEST(RulePack, GuidanceReadFromTheFilesMatchesTheListing) {
    for (const auto& rule : listed_rules()) {
        if (!fs::exists(rule.file)) continue;  // reported by EveryRuleHasTestsBesideIt
        EXPECT_EQ(r_numbers(guidance_in_file(rule.file)), r_numbers(rule.guidance)) << rule.id;
    }
}

TEST(RulePack, EveryRuleIsInAKnownSection) {
    std::set<std::string> sections;
    for (const auto& s : nlohmann::json::parse(read_file(fs::path(SOURCE_DIR) / "rules/sections.json")))
        sections.insert(s["id"].get<std::string>());
    for (const auto& rule : listed_rules())
        EXPECT_TRUE(sections.count(rule.section)) << rule.id << ": section '" << rule.section << "' is not in rules/sections.json";
}

TEST(RulePack, EveryGuidanceRuleIsCitedOrListedAsNotDecidable) {
    std::set<int> cited;
    for (const auto& rule : listed_rules())
        for (int n : r_numbers(rule.guidance)) cited.insert(n);
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
