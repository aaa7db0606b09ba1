#include "author/csv.h"

#include "core/error.h"
#include "core/utf8.h"

namespace draftcheck {

std::vector<CsvRow> read_csv(const SourceText& source) {
    const std::string& text = source.text();
    const auto fail = [&](std::size_t offset, const std::string& message) {
        const LineColumn at = source.position(offset);
        throw InputError({source.name(), at.line, at.column}, message);
    };
    if (const auto bad = first_invalid_utf8(text))
        fail(*bad, "this byte is not UTF-8: in Excel, save the table with \"Save as\", type \"CSV UTF-8 (Comma delimited)\"");

    std::vector<CsvRow> rows;
    std::size_t i = 0;
    while (i < text.size()) {
        CsvRow row{source.position(i).line, {}};
        while (true) {
            CsvCell cell{"", i};
            if (i < text.size() && text[i] == '"') {
                const std::size_t open = i++;
                while (true) {
                    if (i >= text.size()) fail(open, "this quoted cell is never closed: add the closing \" (a quote inside a cell is written \"\")");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            cell.text += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    cell.text += text[i++];
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    fail(i, "text after a quoted cell's closing quote: put the whole cell in quotes, with \"\" for each quote inside it");
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    if (text[i] == '"') fail(i, "a quote inside a cell that does not start with one: put the whole cell in quotes, with \"\" for each quote");
                    cell.text += text[i++];
                }
            }
            row.cells.push_back(std::move(cell));
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < text.size() && text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        const bool blank = row.cells.size() == 1 && row.cells.front().text.empty();
        if (!blank) rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace draftcheck
