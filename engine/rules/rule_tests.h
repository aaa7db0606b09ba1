#pragma once
// Runs the example-based tests kept beside each rule (<name>.test.json), the way ESLint's
// RuleTester does: each case is a draft and the exact findings the rule must give on it.
#include <ostream>
#include <string>
#include <vector>

#include "rules/rule_engine.h"

namespace draftcheck {

struct RuleTestSummary {
    int passed = 0;
    int failed = 0;
};

// Runs the tests of every rule file whose shown name starts with `under` ("" for all) and, when
// `only_id` is not empty, whose id is `only_id`. Prints one line per failing case with expected and
// actual findings, rules with no tests, and a closing "N passed, N failed" line.
RuleTestSummary run_rule_tests(const RuleEngine& engine, const std::string& under, const std::string& only_id, std::ostream& out);

}  // namespace draftcheck
