#include "report/escape.h"
#include "report/render.h"

namespace draftcheck {

void render_list(const RenderContext& context, std::ostream& out, std::ostream& err) {
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        if (!report.checked) {
            err << escape::lines(report.error);
            continue;
        }
        const FindingChanges* changes = changes_for(context, i);
        for (const auto& f : report.findings) {
            const std::string mark = change_mark(f, changes);
            out << context.palette.bold(escape::field(report.file) + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ":") << " "
                << context.palette.severity(f.severity) << ": " << escape::field(f.message)
                << " [" << escape::field(f.rule) << "]" << (mark.empty() ? "" : " (" + mark + ")") << "\n";
        }
        if (changes)
            for (const auto& f : changes->resolved) out << escape::field(report.file) << ": resolved: " << escape::field(f.message) << " [" << escape::field(f.rule) << "]\n";
    }
}

}  // namespace draftcheck
