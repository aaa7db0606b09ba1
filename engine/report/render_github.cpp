#include <string_view>

#include "report/render.h"

namespace draftcheck {
namespace {

// GitHub's workflow-command escaping (@actions/core toolkit): in the message, % CR and LF; in a
// property value, also : and , which would end the property. A draft's text can then never end
// an annotation or start another command.
std::string escape_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += c;
        }
    }
    return out;
}

std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out += c;
        }
    }
    return out;
}

// GitHub's annotation levels; advice is a notice.
std::string_view level(Severity s) { return s == Severity::advice ? "notice" : severity_name(s); }

}  // namespace

void render_github(const std::vector<DraftReport>& reports, std::ostream& out) {
    for (const auto& report : reports) {
        if (!report.checked) {
            out << "::error file=" << escape_property(report.file) << ",title=draftcheck::" << escape_data(report.error) << "\n";
            continue;
        }
        for (const auto& f : report.findings) {
            out << "::" << level(f.severity) << " file=" << escape_property(report.file);
            if (f.line > 0) out << ",line=" << f.line << ",col=" << f.column;
            out << ",title=" << escape_property(f.rule) << "::"
                << escape_data(f.suggestion.empty() ? f.message : f.message + "\n" + f.suggestion) << "\n";
        }
    }
}

}  // namespace draftcheck
