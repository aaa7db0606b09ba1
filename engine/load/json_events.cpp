#include "load/json_events.h"

#include <algorithm>

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

// nlohmann's SAX events, turned into DocumentSink events with the offsets nlohmann does not give.
class SaxReader {
public:
    SaxReader(const SourceText& source, JsonCursor& cursor, DocumentSink& sink) : source_(source), cursor_(cursor), sink_(sink) {}

    bool null() { return scalar(nullptr); }
    bool boolean(bool v) { return scalar(v); }
    bool number_integer(json::number_integer_t v) { return scalar(v); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(v); }
    bool number_float(json::number_float_t v, const json::string_t&) { return scalar(v); }
    bool string(json::string_t& v) { return scalar(std::move(v)); }
    bool binary(json::binary_t&) { return true; }  // not produced by the JSON syntax
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        const std::size_t at = cursor_.next_token(last_end_);
        last_end_ = cursor_.consumed();
        sink_.key(std::move(k), at);
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
        const LineColumn where = source_.position(at);
        throw InputError({source_.name(), where.line, where.column}, "not valid JSON: " + printable(reason));
    }

private:
    bool scalar(json value) {
        const std::size_t at = cursor_.next_token(last_end_);
        // Numbers are seen one byte late: the lexer has read the character after them.
        last_end_ = cursor_.consumed();
        sink_.scalar(std::move(value), at);
        return true;
    }
    bool open(bool object) {
        const std::size_t at = cursor_.consumed() - 1;
        last_end_ = cursor_.consumed();
        if (object) sink_.begin_object(at);
        else sink_.begin_array(at);
        return true;
    }
    bool close() {
        last_end_ = cursor_.consumed();
        sink_.end_container();
        return true;
    }

    const SourceText& source_;
    JsonCursor& cursor_;
    DocumentSink& sink_;
    std::size_t last_end_ = 0;
};

}  // namespace

void read_json_events(const SourceText& source, DocumentSink& sink) {
    // nlohmann's lexer takes a NUL byte for the end of input, so anything after one would be
    // silently ignored: refuse it first.
    if (const auto nul = source.text().find('\0'); nul != std::string::npos) {
        const LineColumn at = source.position(nul);
        throw InputError({source.name(), at.line, at.column}, "not valid JSON: a NUL byte (character 0); a draft is plain text");
    }
    JsonCursor cursor(source.text());
    SaxReader reader(source, cursor, sink);
    if (!json::sax_parse(cursor.begin(), cursor.end(), &reader, json::input_format_t::json, true))
        throw InputError({source.name(), 1, 1}, "not valid JSON");
}

}  // namespace draftcheck
