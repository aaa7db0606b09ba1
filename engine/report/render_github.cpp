#include <string_view>

#include "report/escape.h"
#include "report/render.h"

namespace draftcheck {
namespace {

// GitHub's annotation levels; advice is a notice.
std::string_view level(Severity s) { return s == Severity::advice ? "notice" : severity_name(s); }

}  // namespace

void render_github(const std::vector<DraftReport>& reports, std::ostream& out) {
    for (const auto& report : reports) {
        if (!report.checked) {
            out << "::error file=" << escape::workflow_property(report.file) << ",title=draftcheck::" << escape::workflow_message(report.error) << "\n";
            continue;
        }
        for (const auto& f : report.findings) {
            out << "::" << level(f.severity) << " file=" << escape::workflow_property(report.file);
            if (f.line > 0) out << ",line=" << f.line << ",col=" << f.column;
            out << ",title=" << escape::workflow_property(f.rule) << "::"
                << escape::workflow_message(f.suggestion.empty() ? f.message : f.message + "\n" + f.suggestion) << "\n";
        }
    }
}

}  // namespace draftcheck
