#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/agreed_exception.h"

namespace draftcheck {

// What a check is told besides the draft itself.
struct CheckOptions {
    std::optional<std::string> kind;          // used when the draft does not say which kind it is
    std::vector<AgreedException> exceptions;  // from a side file, besides the draft's own
};

}  // namespace draftcheck
