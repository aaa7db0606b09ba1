#include "report/render.h"

namespace draftcheck {

void render_list(const std::vector<DraftReport>& reports, std::ostream& out, std::ostream& err) {
    for (const auto& report : reports) {
        if (!report.checked) {
            err << report.error << "\n";
            continue;
        }
        for (const auto& f : report.findings)
            out << report.file << ":" << f.line << ":" << f.column << ": " << severity_name(f.severity) << ": " << f.message
                << " [" << f.rule << "]\n";
    }
}

}  // namespace draftcheck
