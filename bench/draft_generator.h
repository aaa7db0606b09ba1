#pragma once
// Synthetic 2005-08 LAA drafts for the benchmarks: deterministic for a given seed, valid against
// schemas/draft.schema.json, with every reference resolving, and a controllable share of the defects
// the rules look for (missing or incomplete baselines, process and input measures, undecided or
// ownerless funding streams, more than 12 reward targets, activity wording, missing definitions).
#include <cstdint>
#include <string>

namespace draftcheck::bench {

struct DraftSpec {
    int indicators = 100;   // typical: 100 (about 160 KB); large: 20,000 (about 26 MB); ~1 KB each
    double defects = 0.1;   // share of entities (and of drafts, for draft-wide defects) given a defect
    std::uint64_t seed = 1;
};

// The draft as pretty-printed JSON (2-space indentation, as docs/draft-format.md asks), ending in "\n".
std::string generate_draft(const DraftSpec& spec);

}  // namespace draftcheck::bench
