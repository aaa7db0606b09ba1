#include "load/yaml_scalar.h"

#include <stdexcept>

namespace draftcheck {

bool is_json_number(const std::string& text) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        return i > from;
    };
    if (i < text.size() && text[i] == '-') ++i;
    if (i < text.size() && text[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == text.size();
}

nlohmann::json resolve_plain_scalar(const std::string& text) {
    if (text.empty() || text == "null") return nullptr;
    if (text == "true") return true;
    if (text == "false") return false;
    if (!is_json_number(text)) return text;
    // The JSON parser itself, so a number gets the same type and value from YAML as from JSON.
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw std::out_of_range("the number " + text + " is too large");
    }
}

}  // namespace draftcheck
