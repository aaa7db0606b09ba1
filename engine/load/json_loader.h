#pragma once
// Parses a draft's text into a JSON document, refusing what could crash or mislead later stages.
#include <nlohmann/json.hpp>

#include "load/source_text.h"

namespace draftcheck {

// Throws InputError with the line and column of: a syntax error, invalid UTF-8, a number out of
// range, nesting deeper than `max_depth`, or a key repeated within one object (JSON parsers
// silently keep one of the two values, so the draft would not say what its author thinks).
nlohmann::json parse_json(const SourceText& source, int max_depth);

}  // namespace draftcheck
