#pragma once
// The parameters a rule reads, with their current values, as `rules explain` and `rules doc` show
// them: kinds that share a value are shown together, and long lists are summarised.
#include <string>
#include <vector>

#include "rules/parameters.h"
#include "rules/rule_meta.h"

namespace draftcheck {

struct ParameterValue {
    std::vector<std::string> kinds;  // the kinds (of those the rule applies to) with this value
    std::string text;                // compact JSON, "a list of N entries", or "not set"
    bool literal = false;            // text is the value itself, not a summary
    std::string full;                // the whole value as JSON ("" when not set), to group kinds by
};

struct RuleParameter {
    std::string name;
    std::string description;
    std::vector<ParameterValue> values;
};

std::vector<RuleParameter> rule_parameters(const RuleMeta& rule, const Parameters& parameters);

// "lpsa2, laa": kinds in a sentence.
std::string join_kinds(const std::vector<std::string>& kinds);

}  // namespace draftcheck
