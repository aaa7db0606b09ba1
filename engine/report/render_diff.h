#pragma once
// `draftcheck diff`: findings resolved, new and persisting between two drafts, by section.
#include <ostream>

#include "check/compare.h"
#include "rules/sections.h"

namespace draftcheck {

// Resolved findings are shown where they were in the previous draft; the others where they are now.
void render_diff_text(const DraftReport& before, const DraftReport& after, const FindingChanges& changes, const Sections& sections,
                      std::ostream& out);
void render_diff_json(const DraftReport& before, const DraftReport& after, const FindingChanges& changes, std::ostream& out);

}  // namespace draftcheck
