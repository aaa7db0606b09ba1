#include "report/judgement.h"

#include <set>

namespace draftcheck {
namespace {

// submission.negotiation_stage of the draft's facts, or "".
std::string negotiation_stage(const nlohmann::json& facts) {
    if (!facts.is_object() || !facts.contains("submission")) return "";
    const nlohmann::json& submission = facts["submission"];
    if (!submission.is_object() || !submission.contains("negotiation_stage") || !submission["negotiation_stage"].is_string()) return "";
    return submission["negotiation_stage"].get<std::string>();
}

}  // namespace

std::string overall_judgement(const DraftReport& report) {
    int missing = 0;  // expected sections the draft lacks, as errors
    std::set<std::string> blocking, short_of;  // topics with errors; with errors or warnings
    bool warnings = false;
    for (const auto& f : report.findings) {
        if (f.rule == "engine.rule-failed") continue;
        if (f.severity >= Severity::warning) short_of.insert(f.section);
        if (f.severity == Severity::error) {
            blocking.insert(f.section);
            if (f.rule.starts_with("coverage.")) ++missing;
        }
        if (f.severity == Severity::warning) warnings = true;
    }
    if (report.kind == "lpsa2") {
        // An LPSA2 is negotiated in stages: what can be said depends on which one is open.
        const std::string stage = negotiation_stage(report.facts);
        if (missing > 0) return "cannot_assess";
        if (stage == "priorities" || stage == "measures" || stage == "target_levels")
            return "lpsa2_" + stage + (short_of.empty() ? "_content" : "_gaps");
    }
    if (missing >= 2) return "cannot_assess";
    // Far from sign-off: errors in three topics, or errors in one and warnings across five more.
    if (blocking.size() >= 3 || (!blocking.empty() && short_of.size() >= blocking.size() + 5)) return "much_more_work";
    if (!blocking.empty()) return "gaps_remain";
    return warnings ? "points_to_consider" : "ready";
}

}  // namespace draftcheck
