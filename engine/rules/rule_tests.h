#pragma once
// Runs the example-based tests kept beside each rule (<name>.test.json), the way ESLint's
// RuleTester does: each case is a draft and the exact findings the rule must give on it.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "rules/rule_engine.h"

namespace draftcheck {

struct RuleTestSummary {
    int passed = 0;
    int failed = 0;
};

// The draft a case runs on: its "draft", or else the test file's "base" draft with the case's
// "patch" applied as a JSON merge patch (RFC 7386: objects merge member by member, null removes a
// member, anything else, arrays included, replaces what the base has). `Json` is nlohmann::json, or
// nlohmann::ordered_json to keep the file's key order for printing.
template <class Json>
Json case_draft(const Json& base, const Json& test_case) {
    if (!test_case.contains("patch")) return test_case.value("draft", Json::object());
    Json draft = base;
    draft.merge_patch(test_case["patch"]);
    return draft;
}

// Runs the tests of every rule file whose shown name starts with `under` ("" for all) and, when
// `only_id` is not empty, whose id is `only_id`. Also fails a rule that does not load (unknown
// section, missing metadata, ...), has no tests beside it or cites no guidance: what the rule pack
// must satisfy, so that passing `rules test` passes CI. Prints one line per failing case with
// expected and actual findings and a closing "N passed, N failed" line.
RuleTestSummary run_rule_tests(const RuleEngine& engine, const std::string& under, const std::string& only_id, std::ostream& out);

}  // namespace draftcheck
