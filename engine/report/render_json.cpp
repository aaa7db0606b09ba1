#include <nlohmann/json.hpp>

#include "report/finding_json.h"
#include "report/render.h"

namespace draftcheck {

void render_json(const std::vector<DraftReport>& reports, std::ostream& out) {
    using ordered = nlohmann::ordered_json;  // keys in the documented order
    ordered results = ordered::array();
    for (const auto& report : reports) {
        ordered findings = ordered::array();
        for (const auto& f : report.findings) findings.push_back(finding_json(f));
        ordered accepted = ordered::array();
        for (const auto& a : report.accepted) {
            ordered item = finding_json(a.finding);
            item["exception"] = {{"reason", a.exception.reason},
                                 {"entity", a.exception.entity.empty() ? ordered(nullptr) : ordered(a.exception.entity)},
                                 {"agreed_by", a.exception.agreed_by.empty() ? ordered(nullptr) : ordered(a.exception.agreed_by)},
                                 {"date", a.exception.date.empty() ? ordered(nullptr) : ordered(a.exception.date)},
                                 {"expires", a.exception.expires.empty() ? ordered(nullptr) : ordered(a.exception.expires)}};
            accepted.push_back(std::move(item));
        }
        results.push_back({{"file", report.file},
                           {"kind", report.kind.empty() ? ordered(nullptr) : ordered(report.kind)},
                           {"checked", report.checked},
                           {"error", report.checked ? ordered(nullptr) : ordered(report.error)},
                           {"summary",
                            {{"error", report.count(Severity::error)},
                             {"warning", report.count(Severity::warning)},
                             {"advice", report.count(Severity::advice)},
                             {"accepted", report.accepted.size()}}},
                           {"findings", std::move(findings)},
                           {"accepted", std::move(accepted)}});
    }
    const ordered document = {{"format_version", kJsonFormatVersion},
                              {"tool", {{"name", "draftcheck"}, {"version", DRAFTCHECK_VERSION}}},
                              {"results", std::move(results)}};
    // Invalid UTF-8 in a draft string cannot reach here (the loader refuses it); replace guards the rest.
    out << document.dump(2, ' ', false, ordered::error_handler_t::replace) << "\n";
}

}  // namespace draftcheck
