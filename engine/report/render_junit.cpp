#include <string_view>

#include "report/render.h"

namespace draftcheck {
namespace {

// Text and double-quoted attribute values in XML 1.0: the five markup characters as entities, line
// breaks as character references (an attribute would otherwise fold them into spaces), and the
// control characters XML forbids shown as \xNN, so a draft's text cannot change the document.
std::string xml(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += "&#9;"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\x";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out;
}

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
        const std::string file = xml(r.file);
        out << "  <testsuite name=\"" << file << "\" tests=\"" << tests(r) << "\" failures=\"" << failures(r) << "\" errors=\""
            << (r.checked ? 0 : 1) << "\">\n";
        if (!r.checked) {
            out << "    <testcase classname=\"" << file << "\" name=\"check\">\n"
                << "      <error message=\"" << xml(r.error) << "\"/>\n"
                << "    </testcase>\n";
        } else if (r.findings.empty()) {
            out << "    <testcase classname=\"" << file << "\" name=\"check\"/>\n";
        }
        for (const auto& f : r.findings) {
            const std::string where = r.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column);
            out << "    <testcase classname=\"" << file << "\" name=\"" << xml(f.rule + " at " + where) << "\">\n";
            const std::string detail = where + ": " + std::string(severity_name(f.severity)) + ": " + f.message + " [" + f.rule + "]" +
                                       (f.suggestion.empty() ? "" : "\n" + f.suggestion);
            // Advice is good practice, not a failure: it stays visible as the case's output.
            if (f.severity == Severity::advice) out << "      <system-out>" << xml(detail) << "</system-out>\n";
            else
                out << "      <failure type=\"" << severity_name(f.severity) << "\" message=\"" << xml(f.message) << "\">" << xml(detail)
                    << "</failure>\n";
            out << "    </testcase>\n";
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

}  // namespace draftcheck
