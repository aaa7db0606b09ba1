#include "report/judgement.h"

namespace draftcheck {

std::string overall_judgement(const DraftReport& report) {
    const int errors = report.count(Severity::error);
    if (errors >= 10) return "much_more_work";
    if (errors > 0) return "gaps_remain";
    if (report.count(Severity::warning) > 0) return "points_to_consider";
    return "ready";
}

}  // namespace draftcheck
