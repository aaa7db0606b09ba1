#include "rules/rule_tests.h"

#include <algorithm>
#include <map>
#include <regex>

#include "core/error.h"
#include "load/json_file.h"

namespace draftcheck {
namespace {

using nlohmann::json;

struct Expected {
    std::string pointer;
    std::string severity;  // "" matches any, and so on
    std::string section;
    std::string message_id;
    std::string message_contains;
};

std::string describe(const Finding& f) {
    return f.pointer + " " + std::string(severity_name(f.severity)) + " in " + f.section + " [" + f.rule +
           (f.message_id.empty() ? "" : " " + f.message_id) + "] \"" + f.message + "\"";
}

std::string describe(const Expected& e) {
    return e.pointer + (e.severity.empty() ? "" : " " + e.severity) + (e.section.empty() ? "" : " in " + e.section) +
           (e.message_id.empty() ? "" : " [" + e.message_id + "]") + (e.message_contains.empty() ? "" : " containing \"" + e.message_contains + "\"");
}

bool matches(const Expected& e, const Finding& f) {
    return f.rule != "engine.rule-failed" && e.pointer == f.pointer && (e.severity.empty() || e.severity == severity_name(f.severity)) &&
           (e.section.empty() || e.section == f.section) && (e.message_id.empty() || e.message_id == f.message_id) &&
           f.message.find(e.message_contains) != std::string::npos;
}

std::vector<Expected> read_expectations(const JsonFile& file, const json& list, const std::string& at) {
    if (!list.is_array()) file.fail(at, "\"expect\" must be a list of {\"pointer\": ...} (use [] when the rule must stay silent)");
    std::vector<Expected> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& e = list[i];
        if (!e.is_object() || !e.contains("pointer") || !e["pointer"].is_string())
            file.fail(at + "/" + std::to_string(i), "each expectation needs a \"pointer\"");
        out.push_back({e["pointer"], e.value("severity", ""), e.value("section", ""), e.value("message_id", ""),
                       e.value("message_contains", "")});
    }
    return out;
}

// Runs one case; returns the lines describing what went wrong (none if it passed).
std::vector<std::string> run_case(const RuleEngine& engine, const RuleFile& rule, const JsonFile& file, const json& base,
                                  const json& test_case, const std::string& at) {
    const bool patch = test_case.is_object() && test_case.contains("patch");
    if (!test_case.is_object() || patch == test_case.contains("draft"))
        file.fail(at, "each case needs either a \"draft\" or a \"patch\" to the file's \"base\"");
    if (!patch && !test_case["draft"].is_object()) file.fail(at + "/draft", "\"draft\" must be an object");
    if (patch && !base.is_object()) file.fail(at + "/patch", "a case with a \"patch\" needs a \"base\" draft object in the file");
    const json draft = case_draft(base, test_case);
    const json kind = draft.contains("agreement") && draft["agreement"].is_object() ? draft["agreement"].value("kind", json()) : json();
    if (!kind.is_string()) file.fail(at + "/draft", "the case's draft must say its kind in \"agreement\": {\"kind\": ...}");
    const json stage = draft.contains("submission") && draft["submission"].is_object() ? draft["submission"].value("stage", json()) : json();
    RuleRunOptions options{rule.expected_id, test_case.value("params", json(nullptr))};
    const std::vector<Finding> actual = engine.run(draft, kind.get<std::string>(), stage.is_string() ? stage.get<std::string>() : "", options);
    std::vector<Expected> expected = read_expectations(file, test_case.value("expect", json()), at + "/expect");

    std::vector<std::string> problems;
    std::vector<bool> used(actual.size(), false);
    for (const auto& e : expected) {
        std::size_t i = 0;
        while (i < actual.size() && (used[i] || !matches(e, actual[i]))) ++i;
        if (i < actual.size()) used[i] = true;
        else problems.push_back("    missing:    " + describe(e));
    }
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!used[i]) problems.push_back("    unexpected: " + describe(actual[i]));
    // The message id says what kind of finding it is: a case must say which it expects.
    for (const auto& e : expected)
        if (e.message_id.empty()) {
            const auto it = std::find_if(actual.begin(), actual.end(), [&](const Finding& f) { return matches(e, f) && !f.message_id.empty(); });
            if (it != actual.end()) problems.push_back("    give the \"message_id\" (" + it->message_id + ") of: " + describe(e));
        }
    return problems;
}

// What the rule pack asks of every rule beyond its tests (CI relies on these): it loads, and its
// guidance cites an R-number of guidance-research.md or a seed document.
std::vector<std::string> pack_problems(const RuleFile& rule, const RuleListing& listing) {
    const std::string failed = "The rule \"" + rule.expected_id + "\" (";
    for (const auto& f : listing.failures)
        if (f.message.starts_with(failed)) return {f.message};
    static const std::regex cited("\\bR[0-9]{2}\\b|\\bseed ?0[0-9]{2}\\b", std::regex::icase);
    for (const auto& meta : listing.rules)
        if (meta.id == rule.expected_id && !std::regex_search(meta.guidance, cited))
            return {"its guidance names neither an R-number of guidance-research.md nor a seed (seed004): " + meta.guidance};
    return {};
}

}  // namespace

RuleTestSummary run_rule_tests(const RuleEngine& engine, const std::string& under, const std::string& only_id, std::ostream& out) {
    RuleTestSummary summary;
    const RuleListing listing = engine.list();
    for (const auto& rule : engine.files()) {
        if (!rule.shown.starts_with(under) || (!only_id.empty() && rule.expected_id != only_id)) continue;
        const std::string shown_tests = rule.shown.substr(0, rule.shown.size() - 4) + ".test.json";
        if (const auto problems = pack_problems(rule, listing); !problems.empty()) {
            out << "FAIL " << rule.expected_id << ": " << problems.front() << "\n";
            ++summary.failed;
            continue;
        }
        if (rule.test_path.empty()) {
            out << "FAIL " << rule.expected_id << ": no tests beside it (" << shown_tests << ")\n";
            ++summary.failed;
            continue;
        }
        try {
            const JsonFile file = read_json_file(rule.test_path, shown_tests);
            const json& doc = file.document;
            if (!doc.is_object() || doc.value("rule", "") != rule.expected_id)
                file.fail("", "a rule test file starts {\"rule\": \"" + rule.expected_id + "\", \"cases\": [...]}");
            const json base = doc.value("base", json());
            if (!doc.contains("cases") || !doc["cases"].is_array() || doc["cases"].empty()) file.fail("", "\"cases\" must list at least one case");
            for (std::size_t i = 0; i < doc["cases"].size(); ++i) {
                const std::string at = "/cases/" + std::to_string(i);
                const auto problems = run_case(engine, rule, file, base, doc["cases"][i], at);
                if (problems.empty()) {
                    ++summary.passed;
                    continue;
                }
                ++summary.failed;
                out << "FAIL " << rule.expected_id << ": case " << (i + 1) << " \"" << doc["cases"][i].value("name", "") << "\" ("
                    << shown_tests << ")\n";
                for (const auto& line : problems) out << line << "\n";
            }
        } catch (const InputError& e) {
            ++summary.failed;
            out << "FAIL " << rule.expected_id << ": " << e.describe() << "\n";
        }
    }
    out << summary.passed << " passed, " << summary.failed << " failed\n";
    return summary;
}

}  // namespace draftcheck
