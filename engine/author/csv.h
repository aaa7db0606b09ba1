#pragma once
// RFC 4180 CSV, as Excel saves it: commas, fields in double quotes with "" for a quote, line
// breaks inside quoted fields, CRLF or LF line ends; the byte-order mark is already dropped by
// SourceText.
#include <cstddef>
#include <string>
#include <vector>

#include "load/source_text.h"

namespace draftcheck {

struct CsvCell {
    std::string text;
    std::size_t offset;  // where the cell starts in the file
};

struct CsvRow {
    int line;  // the line the row starts on: Excel's row number when no cell holds a line break
    std::vector<CsvCell> cells;
};

// Every row, blank lines left out. Throws InputError at the place for text that is not UTF-8
// (Excel's plain "CSV" is Windows-1252: "CSV UTF-8" is the format to choose), a quote that is
// never closed, or a quote in the middle of an unquoted cell.
std::vector<CsvRow> read_csv(const SourceText& source);

}  // namespace draftcheck
