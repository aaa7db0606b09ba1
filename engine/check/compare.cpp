#include "check/compare.h"

#include <set>

namespace draftcheck {

FindingChanges compare_findings(const DraftReport& previous, const DraftReport& current) {
    std::set<std::string> before, now;
    for (const auto& f : previous.findings) before.insert(f.fingerprint);
    for (const auto& f : current.findings) now.insert(f.fingerprint);
    FindingChanges changes;
    for (const auto& f : previous.findings)
        if (!now.count(f.fingerprint)) changes.resolved.push_back(f);
    for (const auto& f : current.findings) (before.count(f.fingerprint) ? changes.persisting : changes.added).push_back(f);
    return changes;
}

}  // namespace draftcheck
