#pragma once
// Fingerprints that survive redrafting: a finding about reward target "rt-dv" keeps its fingerprint
// when another target is inserted before it, so `draftcheck diff` and SARIF baselines can tell
// resolved, new and persisting findings apart.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/finding.h"

namespace draftcheck {

// The path to a finding with array positions replaced by the ids of the entities there
// ("reward_targets/rt-dv/measures/m1/baseline"); elements without an id keep their position.
std::string entity_path(const nlohmann::json& draft, const std::string& pointer);

// Sets each finding's fingerprint from its rule and entity path, numbering repeats of the same
// pair in order, as 16 hex digits.
void assign_fingerprints(const nlohmann::json& draft, std::vector<Finding>& findings);

}  // namespace draftcheck
