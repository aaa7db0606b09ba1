#pragma once
// The guidance catalogue (`draftcheck rules doc`, kept as docs/rules.md): every rule as Markdown,
// grouped by section in the order of a Government Office response, generated so it cannot drift
// from the rule files.
#include <string>
#include <vector>

#include "rules/parameters.h"
#include "rules/rule_meta.h"
#include "rules/sections.h"

namespace draftcheck {

std::string rules_catalogue(const std::vector<RuleMeta>& rules, const Sections& sections, const Parameters& parameters);

}  // namespace draftcheck
