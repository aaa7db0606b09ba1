#pragma once
// `draftcheck import`: a targets table, kept in Excel and saved as CSV, applied to a draft. One
// row per reward measure (a row with a reward target) or indicator (a row without); the columns
// are found by their headings, as schemas/targets-columns.json lists them.
#include <nlohmann/json.hpp>

#include "load/json_file.h"
#include "load/source_text.h"

namespace draftcheck {

struct ImportSummary {
    int updated = 0;
    int added = 0;
};

// Updates the entity whose id a row gives, or adds it (a new reward target too, if the row names
// one the draft lacks). An empty cell leaves its field as it is. Cells are taken only as the draft
// format writes them: a cell such as "£1.3m", "12.1%" or "1/4/2006" is an error that says what to
// write instead (1300000, 12.1, 2006-04-01), never converted behind the author's back. Throws
// InputError naming the row and column of each problem (up to ten); `draft` is then unchanged.
ImportSummary import_targets(const SourceText& table, const JsonFile& columns, nlohmann::ordered_json& draft);

}  // namespace draftcheck
