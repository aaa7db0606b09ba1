#pragma once
// One finding as JSON, in the documented key order (docs/output-formats.md); shared by the json
// and diff renderers.
#include <nlohmann/json.hpp>

#include "core/finding.h"

namespace draftcheck {

nlohmann::ordered_json finding_json(const Finding& f);

}  // namespace draftcheck
