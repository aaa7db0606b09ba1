#pragma once
// A JSON data file (parameters, sections, configuration) kept with its text, so that a problem in
// it can be reported at its line and column.
#include <nlohmann/json.hpp>
#include <string>

#include "load/source_text.h"

namespace draftcheck {

struct JsonFile {
    SourceText source;
    nlohmann::json document;

    // Throws InputError naming the file, and the position of `pointer` in it.
    [[noreturn]] void fail(const std::string& pointer, const std::string& message) const;
};

// Throws InputError for a missing, unreadable, oversize or malformed file. Messages name the file
// as `shown` when given, else as `path`.
JsonFile read_json_file(const std::string& path, const std::string& shown = "");

}  // namespace draftcheck
