#pragma once
// UTF-8 well-formedness, for inputs whose parser does not check it (YAML, CSV) and for explaining
// why a JSON draft is refused.
#include <cstddef>
#include <optional>
#include <string_view>

namespace draftcheck {

// The offset of the first byte that does not start a well-formed UTF-8 character (overlong forms,
// surrogates and values above U+10FFFF included), or nothing when the whole text is well formed.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace draftcheck
