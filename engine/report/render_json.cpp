#include <nlohmann/json.hpp>

#include "report/finding_json.h"
#include "report/render.h"

namespace draftcheck {

using ordered = nlohmann::ordered_json;  // keys in the documented order

ordered json_document(const RenderContext& context) {
    ordered results = ordered::array();
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        const FindingChanges* changes = changes_for(context, i);
        ordered findings = ordered::array();
        for (const auto& f : report.findings) {
            ordered item = finding_json(f);
            if (changes) item["change"] = change_mark(f, changes);
            findings.push_back(std::move(item));
        }
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
        if (changes) {
            ordered resolved = ordered::array();
            for (const auto& f : changes->resolved) resolved.push_back(finding_json(f));
            results.back()["resolved"] = std::move(resolved);
        }
    }
    return {{"format_version", kJsonFormatVersion},
            {"tool", {{"name", "draftcheck"}, {"version", DRAFTCHECK_VERSION}}},
            {"results", std::move(results)}};
}

void render_json(const RenderContext& context, std::ostream& out) {
    // Invalid UTF-8 in a draft string cannot reach here (the loader refuses it); replace guards the rest.
    out << json_document(context).dump(2, ' ', false, ordered::error_handler_t::replace) << "\n";
}

}  // namespace draftcheck
