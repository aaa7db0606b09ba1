#pragma once
#include <string>
#include <string_view>

namespace draftcheck {

// One reference token of an RFC 6901 JSON pointer: '~' becomes "~0" and '/' becomes "~1".
inline std::string pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace draftcheck
