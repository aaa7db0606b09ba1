#include "rules/message_template.h"

namespace draftcheck {
namespace {

bool name_char(char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

// The length of the name of the placeholder opening at text[at] (a '{'), or 0 when it is not one.
std::size_t placeholder_name(std::string_view text, std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() && name_char(text[end], end == at + 1)) ++end;
    if (end == at + 1 || end >= text.size() || text[end] != '}') return 0;
    return end - at - 1;
}

}  // namespace

std::string template_problem(std::string_view text) {
    for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) {
        if (placeholder_name(text, at) > 0) continue;
        const std::string_view shown = text.substr(at, std::min<std::size_t>(12, text.size() - at));
        return "'" + std::string(shown) + "' is not a placeholder: write {name} with letters, digits and _";
    }
    if (text.find('}') != std::string_view::npos) {
        // Every '}' must close a placeholder, so that a stray one is seen as the typing slip it is.
        std::size_t closed = 0, braces = 0;
        for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) ++closed;
        for (char c : text) braces += c == '}';
        if (braces != closed) return "a '}' closes no placeholder";
    }
    return "";
}

std::optional<std::string> fill_template(std::string_view text,
                                         const std::function<std::optional<std::string>(std::string_view)>& lookup,
                                         std::string& missing) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', from)) {
        const std::size_t n = placeholder_name(text, at);
        out.append(text.substr(from, at - from));
        if (n == 0) {  // not a placeholder (template_problem says so): kept as written
            out += '{';
            from = at + 1;
            continue;
        }
        const std::string_view name = text.substr(at + 1, n);
        const std::optional<std::string> value = lookup(name);
        if (!value) {
            missing = std::string(name);
            return std::nullopt;
        }
        out += *value;
        from = at + n + 2;
    }
    out.append(text.substr(from));
    return out;
}

bool is_message_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string_view::npos) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return id.front() >= 'a' && id.front() <= 'z';
}

}  // namespace draftcheck
