#pragma once
// What changed between two drafts' findings, matched by fingerprint, so that inserting or
// reordering entities does not make every finding look new.
#include <vector>

#include "check/check_draft.h"

namespace draftcheck {

struct FindingChanges {
    std::vector<Finding> resolved;    // in the previous draft, gone now (as found there)
    std::vector<Finding> added;       // new in this draft
    std::vector<Finding> persisting;  // in both (as found in this draft)
};

FindingChanges compare_findings(const DraftReport& previous, const DraftReport& current);

}  // namespace draftcheck
