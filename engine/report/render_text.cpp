#include <map>

#include "report/escape.h"
#include "report/render.h"

namespace draftcheck {
namespace {

std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 || std::string(word) == "advice" ? "" : "s");
}

}  // namespace

void render_text(const RenderContext& context, std::ostream& out, std::ostream& err) {
    const Sections& sections = context.installation.rules.sections();
    const Palette& palette = context.palette;
    bool first = true;
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        const FindingChanges* changes = changes_for(context, i);
        if (!report.checked) {
            err << escape::lines(report.error);
            continue;
        }
        if (!first) out << "\n";
        first = false;
        // Every field below may come from the draft or a rule: none may break its line or reach the terminal raw.
        using escape::field;
        out << palette.bold(field(report.file)) << " (" << (report.area.empty() ? "" : field(report.area) + ", ") << field(report.kind)
            << (report.stage.empty() ? "" : ", " + field(report.stage) + " draft") << ")\n";
        std::map<std::size_t, std::vector<const Finding*>> by_section;
        for (const auto& f : report.findings) by_section[sections.order(f.section)].push_back(&f);
        for (const auto& [order, findings] : by_section) {
            const Section* section = sections.find(findings.front()->section);
            out << "\n  " << field(section ? section->heading : findings.front()->section) << "\n";
            for (const Finding* f : findings) {
                const std::string where = std::to_string(f->line) + ":" + std::to_string(f->column);
                const std::string mark = change_mark(*f, changes);
                out << "    " << where << std::string(where.size() < 8 ? 8 - where.size() : 1, ' ') << palette.severity(f->severity)
                    << std::string(9 - severity_name(f->severity).size(), ' ') << (mark.empty() ? "" : "(" + mark + ") ") << field(f->message)
                    << " [" << field(f->rule) << "]\n";
                if (!f->suggestion.empty()) out << "            " << std::string(9, ' ') << "-> " << field(f->suggestion) << "\n";
            }
        }
        if (report.findings.empty()) out << "\n  No findings.\n";
        if (changes && !changes->resolved.empty()) {
            out << "\n  Resolved since the previous draft\n";
            for (const auto& f : changes->resolved) out << "    " << f.message << " [" << f.rule << "]\n";
        }
        if (!report.accepted.empty()) {
            out << "\n  Agreed exceptions (not counted)\n";
            for (const auto& a : report.accepted)
                out << "    " << a.finding.line << ":" << a.finding.column << "  " << field(a.finding.message) << " [" << field(a.finding.rule) << "]\n"
                    << "            accepted: " << field(a.exception.reason)
                    << (a.exception.agreed_by.empty() ? "" : " (agreed by " + field(a.exception.agreed_by) +
                                                                  (a.exception.date.empty() ? "" : ", " + field(a.exception.date)) + ")")
                    << "\n";
        }
        out << "\n  " << plural(report.count(Severity::error), "error") << ", " << plural(report.count(Severity::warning), "warning")
            << ", " << plural(report.count(Severity::advice), "advice") << "\n";
    }
}

}  // namespace draftcheck
