#include <cctype>

#include "report/letter.h"

namespace draftcheck {
namespace {

// Draft text is shown as written, never as Markdown: a name like "<b>" or "*priority*" must not
// change how the letter looks once rendered. Only what Markdown would act on is escaped, so the
// letter stays readable as plain text.
std::string markdown_escape(const std::string& text) {
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool inside_word = i > 0 && i + 1 < text.size() && word(text[i - 1]) && word(text[i + 1]);
        if (c == '\\' || c == '`' || c == '*' || c == '[' || c == ']' || c == '<' || c == '>' || (c == '_' && !inside_word)) out += '\\';
        out += c;
    }
    // What would start a heading or a list at the beginning of a line.
    std::size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    const bool numbered = digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')');
    if (numbered) out.insert(digits, "\\");
    else if (!out.empty() && (out[0] == '#' || out[0] == '-' || out[0] == '+' || out[0] == '=')) out.insert(0, "\\");
    return out;
}

// A table cell: also no "|" that would split the cell, and one line.
std::string cell_escape(const std::string& text) {
    std::string out;
    for (char c : markdown_escape(text)) {
        if (c == '|') out += "\\|";
        else out += c == '\n' || c == '\r' ? ' ' : c;
    }
    return out;
}

}  // namespace

void render_letter(const RenderContext& context, std::ostream& out, std::ostream& err) {
    const LetterTemplates templates = load_letter_templates(context.installation);
    const auto rules = context.installation.rules.list().rules;
    bool first = true;
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        if (!report.checked) {
            err << report.error << "\n";
            continue;
        }
        if (!first) out << "\n---\n\n";
        first = false;
        const FindingChanges* changes = context.changes ? &(*context.changes)[i] : nullptr;
        const Letter letter = compose_letter(report, changes, templates, context.installation.rules.sections(), rules, context.letter);
        bool first_part = true;
        for (const auto& part : letter.parts) {
            if (!first_part) out << "\n";
            first_part = false;
            switch (part.kind) {
                case LetterPart::Kind::heading: out << std::string(part.level, '#') << " " << markdown_escape(part.text) << "\n"; break;
                case LetterPart::Kind::paragraph: out << markdown_escape(part.text) << "\n"; break;
                case LetterPart::Kind::bullets:
                    for (const auto& item : part.items) out << "- " << markdown_escape(item) << "\n";
                    break;
                case LetterPart::Kind::table:
                    for (std::size_t r = 0; r < part.rows.size(); ++r) {
                        out << "|";
                        for (const auto& cell : part.rows[r]) out << " " << cell_escape(cell) << " |";
                        out << "\n";
                        if (r == 0) {
                            out << "|";
                            for (std::size_t c = 0; c < part.rows[r].size(); ++c) out << " --- |";
                            out << "\n";
                        }
                    }
                    break;
            }
        }
    }
}

}  // namespace draftcheck
