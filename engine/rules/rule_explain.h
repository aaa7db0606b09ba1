#pragma once
// What `draftcheck rules explain ID` prints: everything a reviewer needs to understand one rule
// without opening Lua, including a draft fragment (from the rule's own tests) that fires it.
#include <ostream>

#include "rules/rule_engine.h"

namespace draftcheck {

// `rule` is one of engine.list()'s rules.
void explain_rule(const RuleEngine& engine, const RuleMeta& rule, std::ostream& out);

}  // namespace draftcheck
