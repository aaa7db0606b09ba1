#pragma once
// The overall judgement on one checked draft, as a short id for tables (check --summary):
// "ready", "points_to_consider" (warnings only), "gaps_remain" (errors) or "much_more_work"
// (ten errors or more). These are the bands of the letter's judgements in letter/templates.json,
// repeated here because the letter keeps its own; the two are to become one. Pure, thread-safe.
#include <string>

#include "check/check_draft.h"

namespace draftcheck {

std::string overall_judgement(const DraftReport& report);

}  // namespace draftcheck
