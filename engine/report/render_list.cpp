#include "report/render.h"

namespace draftcheck {

void render_list(const RenderContext& context, std::ostream& out, std::ostream& err) {
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        if (!report.checked) {
            err << report.error << "\n";
            continue;
        }
        const FindingChanges* changes = changes_for(context, i);
        for (const auto& f : report.findings) {
            const std::string mark = change_mark(f, changes);
            out << context.palette.bold(report.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ":") << " "
                << context.palette.severity(f.severity) << ": " << f.message
                << " [" << f.rule << "]" << (mark.empty() ? "" : " (" + mark + ")") << "\n";
        }
        if (changes)
            for (const auto& f : changes->resolved) out << report.file << ": resolved: " << f.message << " [" << f.rule << "]\n";
    }
}

}  // namespace draftcheck
