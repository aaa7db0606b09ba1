#include <algorithm>

#include "report/letter.h"

namespace draftcheck {
namespace {

// Everything from a draft or a template goes through here: the page must show text, never run it.
std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Inline, so the page is one file that prints the same anywhere; each draft starts a new page.
const char* const kStyle = R"(body{font-family:Georgia,"Times New Roman",serif;line-height:1.45;max-width:52em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.5em}h2{font-size:1.25em;margin-top:1.6em}h3{font-size:1.1em}h4{font-size:1em;font-style:italic}
article+article{break-before:page;border-top:1px solid #999;margin-top:3em}
table{border-collapse:collapse;width:100%;font-size:.85em;margin-top:2em}
caption{text-align:left;font-weight:bold;padding:.4em 0}
th,td{border:1px solid #999;padding:.3em .4em;vertical-align:top;text-align:left}
thead{display:table-header-group}tr{break-inside:avoid}
code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.9em;word-break:break-all}
.error td:first-child{background:#f6d5d5}.warning td:first-child{background:#f8ecc8}.advice td:first-child{background:#e3ecf6}
@page{margin:2cm}@media print{body{margin:0;max-width:none}article+article{border-top:none;margin-top:0}})";

void letter_html(const Letter& letter, std::ostream& out) {
    for (const auto& part : letter.parts) {
        switch (part.kind) {
            case LetterPart::Kind::heading: {
                const std::string tag = "h" + std::to_string(std::min(part.level, 6));
                out << "<" << tag << ">" << html_escape(part.text) << "</" << tag << ">\n";
                break;
            }
            case LetterPart::Kind::paragraph: out << "<p>" << html_escape(part.text) << "</p>\n"; break;
            case LetterPart::Kind::bullets:
                out << "<ul>\n";
                for (const auto& item : part.items) out << "<li>" << html_escape(item) << "</li>\n";
                out << "</ul>\n";
                break;
        }
    }
}

void findings_table(const DraftReport& report, const LetterTemplates& t, std::ostream& out) {
    out << "<table>\n<caption>" << html_escape(t.fill("/table/caption", {{"file", report.file}})) << "</caption>\n<thead><tr>";
    for (const char* column : {"severity", "location", "rule", "message", "suggestion"})
        out << "<th>" << html_escape(t.fill(std::string("/table/") + column)) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    if (report.findings.empty()) out << "<tr><td colspan=\"5\">" << html_escape(t.fill("/table/none")) << "</td></tr>\n";
    for (const auto& f : report.findings) {
        const std::string severity(severity_name(f.severity));
        out << "<tr class=\"" << severity << "\"><td>" << severity << "</td><td>" << f.line << ":" << f.column;
        if (!f.pointer.empty()) out << "<br><code>" << html_escape(f.pointer) << "</code>";  // "" is the whole draft
        out << "</td><td><code>" << html_escape(f.rule) << "</code></td><td>"
            << html_escape(f.message) << "</td><td>" << html_escape(f.suggestion) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

}  // namespace

void render_html(const RenderContext& context, std::ostream& out) {
    const LetterTemplates templates = load_letter_templates(context.installation);
    const auto rules = context.installation.rules.list().rules;
    std::vector<Letter> letters;
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        if (!report.checked) {
            letters.emplace_back();
            continue;
        }
        const FindingChanges* changes = context.changes ? &(*context.changes)[i] : nullptr;
        letters.push_back(compose_letter(report, changes, templates, context.installation.rules.sections(), rules));
    }
    const std::string title = letters.size() == 1 && !letters[0].parts.empty() ? letters[0].parts[0].text : "draftcheck";
    out << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << html_escape(title)
        << "</title>\n<style>\n" << kStyle << "\n</style>\n</head>\n<body>\n";
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        out << "<article>\n";
        if (report.checked) {
            letter_html(letters[i], out);
            findings_table(report, templates, out);
        } else {
            out << "<h1>" << html_escape(report.file) << "</h1>\n<p>" << html_escape(templates.fill("/table/unchecked", {{"error", report.error}}))
                << "</p>\n";
        }
        out << "</article>\n";
    }
    out << "</body>\n</html>\n";
}

}  // namespace draftcheck
