#include "check/fingerprint.h"

#include <cstdint>
#include <map>

#include "core/json_pointer.h"

namespace draftcheck {

std::string entity_path(const nlohmann::json& draft, const std::string& pointer) {
    std::string path;
    const nlohmann::json* node = &draft;
    std::string token;
    // Walk the pointer one token at a time; "~1" and "~0" are unescaped as RFC 6901 says.
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i < pointer.size() && pointer[i] != '/') {
            token += pointer[i];
            continue;
        }
        std::string key;
        for (std::size_t k = 0; k < token.size(); ++k) {
            if (token[k] == '~' && k + 1 < token.size()) key += token[++k] == '1' ? '/' : '~';
            else key += token[k];
        }
        token.clear();
        std::string step = key;
        if (node && node->is_array() && !key.empty() && key.find_first_not_of("0123456789") == std::string::npos) {
            const std::size_t index = std::stoul(key);
            node = index < node->size() ? &(*node)[index] : nullptr;
            if (node && node->is_object() && node->contains("id") && (*node)["id"].is_string())
                step = "id=" + pointer_token((*node)["id"].get<std::string>());
        } else {
            node = node && node->is_object() && node->contains(key) ? &(*node)[key] : nullptr;
            step = pointer_token(key);
        }
        path += (path.empty() ? "" : "/") + step;
    }
    return path;
}

void assign_fingerprints(const nlohmann::json& draft, std::vector<Finding>& findings) {
    std::map<std::string, int> seen;
    for (auto& f : findings) {
        std::string identity = f.rule + "\n" + entity_path(draft, f.pointer);
        const int repeat = seen[identity]++;
        if (repeat > 0) identity += "\n" + std::to_string(repeat);
        std::uint64_t hash = 14695981039346656037ull;  // FNV-1a: stable across builds and platforms
        for (unsigned char c : identity) hash = (hash ^ c) * 1099511628211ull;
        static const char hex[] = "0123456789abcdef";
        f.fingerprint.assign(16, '0');
        for (int i = 15; i >= 0; --i, hash >>= 4) f.fingerprint[static_cast<std::size_t>(i)] = hex[hash & 0xF];
    }
}

}  // namespace draftcheck
