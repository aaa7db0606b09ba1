#pragma once
// Parses JSON text (a draft or a data file) into a JSON document, whatever the file's name.
#include <nlohmann/json.hpp>

#include "load/source_text.h"

namespace draftcheck {

// Throws InputError with the line and column of: a syntax error, invalid UTF-8, a number out of
// range, nesting deeper than `max_depth`, or a key repeated within one object (see DocumentBuilder).
nlohmann::json parse_json(const SourceText& source, int max_depth);

}  // namespace draftcheck
