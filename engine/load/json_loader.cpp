#include "load/json_loader.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/error.h"
#include "load/json_cursor.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Error text may quote the bytes that broke parsing; show those that are not valid UTF-8 or are
// control characters as \xNN, so a terminal or a JSON report never receives them raw.
std::string printable(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool whole = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; whole && k < length; ++k) whole = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (whole && c >= 0x20 && c != 0x7F) {
            out.append(text, i, length);
            i += length;
        } else {
            static const char hex[] = "0123456789ABCDEF";
            out += std::string("\\x") + hex[c >> 4] + hex[c & 0xF];
            ++i;
        }
    }
    return out;
}

// Builds the document like nlohmann's own DOM parser, plus the depth and duplicate-key checks.
class DomBuilder {
public:
    DomBuilder(JsonCursor& cursor, int max_depth) : cursor_(cursor), max_depth_(max_depth) {}

    bool null() { return add(nullptr); }
    bool boolean(bool v) { return add(v); }
    bool number_integer(json::number_integer_t v) { return add(v); }
    bool number_unsigned(json::number_unsigned_t v) { return add(v); }
    bool number_float(json::number_float_t v, const json::string_t&) { return add(v); }
    bool string(json::string_t& v) { return add(std::move(v)); }
    bool binary(json::binary_t& v) { return add(std::move(v)); }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        const std::size_t key_start = cursor_.next_token(last_end_);
        last_end_ = cursor_.consumed();
        json& object = *stack_.back();
        if (object.contains(k)) {
            fail(key_start, "the key \"" + k + "\" appears twice in the same object; keep one");
            return false;
        }
        member_ = &object[k];
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: reason"
        // (or "[json.exception.out_of_range.406] reason"): keep the reason, give our own position.
        std::string reason = ex.what();
        if (const auto colon = reason.find(": ", reason.find("column")); reason.find("column") != std::string::npos && colon != std::string::npos)
            reason = reason.substr(colon + 2);
        else if (reason.starts_with("[json.exception.")) reason = reason.substr(reason.find("] ") + 2);
        // A whole token in the wrong place (or a number too large) is shown at its start: the first
        // token after the last value the parser accepted. A fault inside a token, such as a bad
        // byte in a string, is shown at the last byte read.
        const bool whole_token = (reason.find("- unexpected") != std::string::npos && reason.find("unexpected end of input") == std::string::npos) ||
                                 reason.starts_with("number overflow");
        std::size_t at = position == 0 ? 0 : position - 1;
        if (whole_token) at = std::min(at, cursor_.next_token(last_end_));
        fail(at, "not valid JSON: " + printable(reason));
        return false;
    }

    json take() { return std::move(root_); }
    const std::optional<std::pair<std::size_t, std::string>>& error() const { return error_; }

private:
    template <typename Value>
    json* place(Value&& v) {
        if (stack_.empty()) {
            root_ = json(std::forward<Value>(v));
            return &root_;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.emplace_back(std::forward<Value>(v));
            return &parent.back();
        }
        *member_ = json(std::forward<Value>(v));
        return member_;
    }
    template <typename Value>
    bool add(Value&& v) {
        place(std::forward<Value>(v));
        // Numbers are seen one byte late: the lexer has read the character after them.
        last_end_ = cursor_.consumed();
        return true;
    }
    bool open(json::value_t type) {
        const std::size_t at = cursor_.consumed() - 1;
        if (static_cast<int>(stack_.size()) >= max_depth_) {
            fail(at, "nesting is deeper than " + std::to_string(max_depth_) + " levels; a draft is far shallower");
            return false;
        }
        stack_.push_back(place(type));
        last_end_ = cursor_.consumed();
        return true;
    }
    bool close() {
        stack_.pop_back();
        last_end_ = cursor_.consumed();
        return true;
    }
    void fail(std::size_t offset, std::string message) {
        if (!error_) error_.emplace(offset, std::move(message));
    }

    JsonCursor& cursor_;
    const int max_depth_;
    json root_;
    std::vector<json*> stack_;
    json* member_ = nullptr;
    std::size_t last_end_ = 0;
    std::optional<std::pair<std::size_t, std::string>> error_;
};

}  // namespace

json parse_json(const SourceText& source, int max_depth) {
    // nlohmann's lexer takes a NUL byte for the end of input, so anything after one would be
    // silently ignored: refuse it first.
    if (const auto nul = source.text().find('\0'); nul != std::string::npos) {
        const LineColumn at = source.position(nul);
        throw InputError({source.name(), at.line, at.column}, "not valid JSON: a NUL byte (character 0); a draft is plain text");
    }
    JsonCursor cursor(source.text());
    DomBuilder builder(cursor, max_depth);
    const bool ok = json::sax_parse(cursor.begin(), cursor.end(), &builder, json::input_format_t::json, true);
    if (!ok || builder.error()) {
        const auto& [offset, message] = builder.error().value_or(std::pair<std::size_t, std::string>{0, "not valid JSON"});
        const LineColumn at = source.position(offset);
        throw InputError({source.name(), at.line, at.column}, message);
    }
    return builder.take();
}

}  // namespace draftcheck
