#include "report/render.h"

namespace draftcheck {

void render_list(const std::vector<DraftReport>& reports, std::ostream& out, std::ostream& err, const Palette& palette) {
    for (const auto& report : reports) {
        if (!report.checked) {
            err << report.error << "\n";
            continue;
        }
        for (const auto& f : report.findings)
            out << palette.bold(report.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ":") << " "
                << palette.severity(f.severity) << ": " << f.message
                << " [" << f.rule << "]\n";
    }
}

}  // namespace draftcheck
