#include <algorithm>

#include "report/escape.h"
#include "report/letter.h"

namespace draftcheck {
namespace {

// Inline, so the page is one file that prints the same anywhere. Printed, it is an A4 letter:
// page numbers in the margin (CSS paged media), each draft's letter on new pages, and its schedule
// of detailed comments after a page break, its Topic and Block columns wide enough that a long word
// of theirs ("Performance", "Communities") does not break in the middle.
const char* const kStyle = R"(body{font-family:Georgia,"Times New Roman",serif;line-height:1.4;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.35em}h2{font-size:1.15em;margin-top:1.4em}h3{font-size:1.05em;margin-bottom:.3em}h4{font-size:1em;font-style:italic}
.letterhead{border-bottom:2px solid #333;padding-bottom:.4em;margin-bottom:1.2em}
.letterhead .office{font-size:1.25em;font-weight:bold;letter-spacing:.02em}
.meta{display:flex;justify-content:space-between;gap:2em;margin-bottom:1.2em}
.meta p{margin:0}.addressee p{margin:0}
article+article{break-before:page;border-top:1px solid #999;margin-top:3em}
.schedule{break-before:page}
table{border-collapse:collapse;width:100%;font-size:.8em;margin-top:1em;table-layout:fixed}
th,td{border:1px solid #999;padding:.25em .35em;vertical-align:top;text-align:left;overflow-wrap:break-word;hyphens:none}
th:nth-child(1),td:nth-child(1){width:13%}th:nth-child(2),td:nth-child(2){width:13%}th:nth-child(3),td:nth-child(3){width:16%}
th:nth-child(4),td:nth-child(4){width:26%}th:nth-child(5),td:nth-child(5){width:23%}th:nth-child(6),td:nth-child(6){width:9%}
thead{display:table-header-group}tr{break-inside:avoid}
@page{size:A4;margin:2cm 2cm 2.2cm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font-family:Georgia,serif;font-size:9pt}}
@media print{body{margin:0;max-width:none;padding:0;font-size:10.5pt;line-height:1.3}article+article{border-top:none;margin-top:0}})";

void parts_html(const std::vector<LetterPart>& parts, std::size_t from, std::size_t to, std::ostream& out) {
    for (std::size_t i = from; i < to && i < parts.size(); ++i) {
        const LetterPart& part = parts[i];
        switch (part.kind) {
            case LetterPart::Kind::heading: {
                const std::string tag = "h" + std::to_string(std::min(part.level, 6));
                out << "<" << tag << ">" << escape::html(part.text) << "</" << tag << ">\n";
                break;
            }
            case LetterPart::Kind::paragraph: out << "<p>" << escape::html(part.text) << "</p>\n"; break;
            case LetterPart::Kind::bullets:
                out << "<ul>\n";
                for (const auto& item : part.items) out << "<li>" << escape::html(item) << "</li>\n";
                out << "</ul>\n";
                break;
            case LetterPart::Kind::table:
                out << "<table>\n";
                for (std::size_t r = 0; r < part.rows.size(); ++r) {
                    if (r == 0) out << "<thead>";
                    if (r == 1) out << "<tbody>\n";
                    out << "<tr>";
                    for (const auto& cell : part.rows[r]) out << (r == 0 ? "<th>" : "<td>") << escape::html(cell) << (r == 0 ? "</th>" : "</td>");
                    out << "</tr>" << (r == 0 ? "</thead>\n" : "\n");
                }
                if (part.rows.size() > 1) out << "</tbody>\n";
                out << "</table>\n";
                break;
        }
    }
}

// The letterhead, the date and reference, the addressee, the letter, then the schedule.
void letter_html(const Letter& letter, std::ostream& out) {
    out << "<header class=\"letterhead\"><div class=\"office\">" << escape::html(letter.office) << "</div></header>\n";
    out << "<div class=\"meta\"><div class=\"addressee\">";
    for (const auto& line : letter.addressee) out << "<p>" << escape::html(line) << "</p>";
    out << "</div><div class=\"dated\"><p>" << escape::html(letter.reference) << "</p>";
    if (!letter.date.empty()) out << "<p>" << escape::html(letter.date) << "</p>";
    out << "</div></div>\n";
    parts_html(letter.parts, 0, letter.body_end, out);
    if (letter.body_end < letter.parts.size()) {
        out << "<section class=\"schedule\">\n";
        parts_html(letter.parts, letter.body_end, letter.parts.size(), out);
        out << "</section>\n";
    }
}

}  // namespace

void render_html(const RenderContext& context, std::ostream& out) {
    const LetterTemplates templates = load_letter_templates(context.installation);
    write_letter_html(context, compose_letters(context), templates, out);
}

void write_letter_html(const RenderContext& context, const std::vector<Letter>& letters, const LetterTemplates& templates,
                       std::ostream& out) {
    const std::string title = letters.size() == 1 && !letters[0].parts.empty() ? letters[0].parts[0].text : "draftcheck";
    out << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << escape::html(title)
        << "</title>\n<style>\n" << kStyle << "\n</style>\n</head>\n<body>\n";
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        out << "<article>\n";
        if (report.checked) {
            letter_html(letters[i], out);
        } else {
            out << "<h1>" << escape::html(report.file) << "</h1>\n<p>" << escape::html(templates.fill("/table/unchecked", {{"error", report.error}}))
                << "</p>\n";
        }
        out << "</article>\n";
    }
    out << "</body>\n</html>\n";
}

}  // namespace draftcheck
