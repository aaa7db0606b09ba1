#include "report/escape.h"
#include "report/letter.h"

namespace draftcheck {

void render_letter(const RenderContext& context, std::ostream& out, std::ostream& err) {
    write_letter(context, compose_letters(context), out, err);
}

void write_letter(const RenderContext& context, const std::vector<Letter>& letters, std::ostream& out, std::ostream& err) {
    bool first = true;
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        const DraftReport& report = context.reports[i];
        if (!report.checked) {
            err << escape::lines(report.error);
            continue;
        }
        if (!first) out << "\n---\n\n";
        first = false;
        bool first_part = true;
        for (const auto& part : letters[i].parts) {
            if (!first_part) out << "\n";
            first_part = false;
            switch (part.kind) {
                case LetterPart::Kind::heading: out << std::string(part.level, '#') << " " << escape::markdown(part.text) << "\n"; break;
                case LetterPart::Kind::paragraph: out << escape::markdown(part.text) << "\n"; break;
                case LetterPart::Kind::bullets:
                    for (const auto& item : part.items) out << "- " << escape::markdown(item) << "\n";
                    break;
                case LetterPart::Kind::table:
                    for (std::size_t r = 0; r < part.rows.size(); ++r) {
                        out << "|";
                        for (const auto& cell : part.rows[r]) out << " " << escape::markdown(cell) << " |";
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
