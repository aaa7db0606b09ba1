#pragma once
// Finds where in the text (JSON or YAML, by the file's name) the values named by JSON pointers
// start. It is a second parse that runs only when there are findings to locate, so a clean draft
// pays nothing for positions.
#include <map>
#include <string>
#include <vector>

#include "load/source_text.h"

namespace draftcheck {

// For each pointer, the position of the member's key (so an editor jumps to `"baseline": ...`), or
// of the value for array elements and the root. A pointer that names nothing in the text falls back
// to its nearest existing ancestor. The text must already have parsed.
std::map<std::string, LineColumn> locate_pointers(const SourceText& source, const std::vector<std::string>& pointers);

}  // namespace draftcheck
