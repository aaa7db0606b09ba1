#include <algorithm>

#include "report/render.h"

namespace draftcheck {

void render_summary(const std::vector<DraftReport>& reports, const Sections& sections, std::ostream& out) {
    std::vector<std::vector<std::string>> rows = {{"FILE", "AREA", "KIND", "STAGE", "ERRORS", "WARNINGS", "ADVICE", "KEY ISSUES"}};
    for (const auto& r : reports) {
        if (!r.checked) {
            rows.push_back({r.file, "-", "-", "-", "-", "-", "-", "not checked: " + r.error});
            continue;
        }
        // The key-issue sections a Government Office letter would open with, in canonical order.
        std::string issues;
        for (const auto& section : sections.all())
            if (std::any_of(r.findings.begin(), r.findings.end(),
                            [&](const Finding& f) { return f.section == section.id && f.severity >= Severity::warning; }))
                issues += (issues.empty() ? "" : ", ") + section.id;
        rows.push_back({r.file, r.area.empty() ? "-" : r.area, r.kind, r.stage.empty() ? "-" : r.stage,
                        std::to_string(r.count(Severity::error)), std::to_string(r.count(Severity::warning)),
                        std::to_string(r.count(Severity::advice)), issues.empty() ? "-" : issues});
    }
    std::vector<std::size_t> width(rows.front().size(), 0);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c] + std::string(width[c] - row[c].size() + 2, ' ');
        out << line << "\n";
    }
}

}  // namespace draftcheck
