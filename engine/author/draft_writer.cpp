#include "author/draft_writer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "core/json_pointer.h"
#include "load/yaml_scalar.h"

namespace draftcheck {
namespace {

using nlohmann::ordered_json;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Whether `text` can be written unquoted and read back, by any YAML reader, as the same string.
bool plain_is_safe(const std::string& text) {
    if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
    if (!resolve_plain_scalar(text).is_string()) return false;
    // YAML 1.1's booleans and nulls, and the merge and value keys.
    static constexpr std::array<std::string_view, 14> special = {"y", "yes", "n", "no", "on", "off", "true", "false", "null", "~", "<<", "=", ".inf", ".nan"};
    if (std::find(special.begin(), special.end(), lower(text)) != special.end()) return false;
    // Indicators, and anything that starts like a number or a date.
    const char first = text.front();
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`+.").find(first) != std::string_view::npos) return false;
    if (first >= '0' && first <= '9') return false;
    if (text.find(": ") != std::string::npos || text.find(" #") != std::string::npos) return false;
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    // Line and paragraph separators, NEL and the byte-order mark, which YAML 1.1 treats specially.
    for (const std::string_view special_char : {"\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85", "\xEF\xBB\xBF"})
        if (text.find(special_char) != std::string::npos) return false;
    return true;
}

// Double quotes when needed, with JSON's escapes, which YAML's double-quoted style shares.
std::string yaml_string(const std::string& text) { return plain_is_safe(text) ? text : ordered_json(text).dump(); }

class YamlWriter {
public:
    explicit YamlWriter(const YamlComments& comments) : comments_(comments) {}

    enum class After { start, key, dash };

    // Writes `value` where the text so far ends: at the start, after "key:", or after "-".
    // `indent` is the column of the value's own entries.
    void value(const ordered_json& v, int indent, After after, const std::string& pointer) {
        const bool inline_first = after == After::dash;
        if (v.is_object() && !v.empty()) {
            bool first = true;
            for (const auto& [key, member] : v.items()) {
                const std::string at = pointer + "/" + pointer_token(key);
                if (first && inline_first) out_ += ' ';
                else {
                    comment(comments_.above, at, indent);
                    new_line(indent);
                }
                first = false;
                out_ += yaml_string(key) + ":";
                value(member, indent + 2, After::key, at);
            }
            comment(comments_.after, pointer, indent);
        } else if (v.is_array() && !v.empty()) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                const std::string at = pointer + "/" + std::to_string(i);
                if (i == 0 && inline_first) out_ += ' ';
                else {
                    // A plain item's comment, or the comment of an item's first member, goes above its "- ".
                    if (!v[i].is_structured()) comment(comments_.above, at, indent);
                    else if (v[i].is_object() && !v[i].empty()) comment(comments_.above, at + "/" + pointer_token(v[i].begin().key()), indent);
                    new_line(indent);
                }
                out_ += '-';
                value(v[i], indent + 2, After::dash, at);
            }
        } else {
            if (after != After::start) out_ += ' ';
            out_ += v.is_string() ? yaml_string(v.get<std::string>()) : v.dump();
        }
    }

    std::string take() { return std::move(out_) + "\n"; }

private:
    void new_line(int indent) {
        if (!out_.empty()) out_ += '\n';
        out_.append(static_cast<std::size_t>(indent), ' ');
    }
    void comment(const CommentFor& comment_for, const std::string& pointer, int indent) {
        if (!comment_for) return;
        const std::string text = comment_for(pointer);
        std::size_t from = 0;
        while (from < text.size()) {
            const std::size_t end = std::min(text.find('\n', from), text.size());
            new_line(indent);
            out_ += end == from ? "#" : "# " + text.substr(from, end - from);
            from = end + 1;
        }
    }

    const YamlComments& comments_;
    std::string out_;
};

}  // namespace

std::string write_json(const ordered_json& document) { return document.dump(2) + "\n"; }

std::string write_yaml(const ordered_json& document, const YamlComments& comments) {
    YamlWriter writer(comments);
    writer.value(document, 0, YamlWriter::After::start, "");
    return writer.take();
}

std::string write_document(const ordered_json& document, Syntax syntax, const YamlComments& comments) {
    return syntax == Syntax::yaml ? write_yaml(document, comments) : write_json(document);
}

}  // namespace draftcheck
