#pragma once
// The overall judgement on one checked draft, worked out from what blocks sign-off: the id of one
// of letter/templates.json's "judgements", which the letter words and check --summary lists.
//   "cannot_assess": two or more sections the guidance expects at the draft's stage are missing
//     (coverage.* errors), or for an LPSA2 any one;
//   "much_more_work": errors in three or more sections, or in some and warnings across five more;
//   "gaps_remain": errors in one or two sections; "points_to_consider": warnings only; "ready".
//   An LPSA2 that gives its negotiation stage: "lpsa2_<stage>_gaps" when an error or a warning
//   stands in the way of that stage, "lpsa2_<stage>_content" when nothing does.
// A rule that could not run is left out. Pure, thread-safe.
#include <string>

#include "check/check_draft.h"

namespace draftcheck {

std::string overall_judgement(const DraftReport& report);

}  // namespace draftcheck
