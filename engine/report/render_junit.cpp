#include <string_view>

#include "report/escape.h"
#include "report/render.h"

namespace draftcheck {
namespace {

int failures(const DraftReport& r) { return r.checked ? r.count(Severity::error) + r.count(Severity::warning) : 0; }

// A draft's test cases: one per finding, or one passing case for a draft with none.
int tests(const DraftReport& r) { return r.checked && !r.findings.empty() ? static_cast<int>(r.findings.size()) : 1; }

}  // namespace

void render_junit(const std::vector<DraftReport>& reports, std::ostream& out) {
    int all_tests = 0, all_failures = 0, all_errors = 0;
    for (const auto& r : reports) {
        all_tests += tests(r);
        all_failures += failures(r);
        all_errors += r.checked ? 0 : 1;
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"draftcheck\" tests=\"" << all_tests << "\" failures=\"" << all_failures << "\" errors=\"" << all_errors << "\">\n";
    for (const auto& r : reports) {
        const std::string file = escape::xml(r.file);
        out << "  <testsuite name=\"" << file << "\" tests=\"" << tests(r) << "\" failures=\"" << failures(r) << "\" errors=\""
            << (r.checked ? 0 : 1) << "\">\n";
        if (!r.checked) {
            out << "    <testcase classname=\"" << file << "\" name=\"check\">\n"
                << "      <error message=\"" << escape::xml(r.error) << "\"/>\n"
                << "    </testcase>\n";
        } else if (r.findings.empty()) {
            out << "    <testcase classname=\"" << file << "\" name=\"check\"/>\n";
        }
        for (const auto& f : r.findings) {
            const std::string where = r.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
            out << "    <testcase classname=\"" << file << "\" name=\"" << escape::xml(f.rule + " at " + where) << "\">\n";
            const std::string detail = where + ": " + std::string(severity_name(f.severity)) + ": " + f.message + " [" + f.rule + "]" +
                                       (f.suggestion.empty() ? "" : "\n" + f.suggestion);
            // Advice is good practice, not a failure: it stays visible as the case's output.
            if (f.severity == Severity::advice) out << "      <system-out>" << escape::xml(detail) << "</system-out>\n";
            else
                out << "      <failure type=\"" << severity_name(f.severity) << "\" message=\"" << escape::xml(f.message) << "\">" << escape::xml(detail)
                    << "</failure>\n";
            out << "    </testcase>\n";
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

}  // namespace draftcheck
