#include "core/error.h"

namespace draftcheck {

std::string InputError::describe() const {
    std::string out = where_.file;
    if (where_.line > 0) out += ":" + std::to_string(where_.line) + ":" + std::to_string(where_.column);
    return out + ": error: " + what();
}

}  // namespace draftcheck
