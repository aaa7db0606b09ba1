#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/agreed_exception.h"
#include "load/source_text.h"

namespace draftcheck {

// What a check is told besides the draft itself.
struct CheckOptions {
    std::optional<std::string> kind;          // used when the draft does not say which kind it is
    std::vector<AgreedException> exceptions;  // from a side file, besides the draft's own
    // false (the reviewer's "trust_local_config": false): the draft's own exceptions are claims,
    // reported as engine.exception-claimed and applied only when `exceptions` holds the same one.
    bool trust_draft_exceptions = true;
    // The text of the draft named "-" (standard input), read once by the command line; or null.
    const SourceText* standard_input = nullptr;
};

}  // namespace draftcheck
