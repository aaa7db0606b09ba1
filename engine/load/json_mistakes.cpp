#include "load/json_mistakes.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/utf8.h"
#include "load/yaml_scalar.h"

namespace draftcheck {
namespace {

enum class Kind { open_object, close_object, open_array, close_array, colon, comma, string, word, other, end };

struct Token {
    Kind kind;
    std::size_t start;
    std::size_t end;  // one past the last byte
    std::string text;  // a string's content, or a word as written
    bool unclosed = false;  // a string that ran to the end of its line
};

// What a byte that is not UTF-8 most likely was: Windows-1252, which Excel and Notepad save by default.
std::string windows_1252_name(unsigned char byte) {
    static const char* const high[32] = {"€", "", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
                                         "", "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "", "ž", "Ÿ"};
    if (byte >= 0x80 && byte < 0xA0) return high[byte - 0x80];
    if (byte >= 0xA0) {  // Latin-1: the byte is the code point
        std::string out;
        out += static_cast<char>(0xC0 | (byte >> 6));
        out += static_cast<char>(0x80 | (byte & 0x3F));
        return out;
    }
    return "";
}

class Explainer {
public:
    explicit Explainer(const std::string& text) : text_(text) {}

    std::vector<JsonMistake> run() {
        if (std::all_of(text_.begin(), text_.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; })) {
            note(0, "the file is empty: a draft is a JSON object, starting with { and ending with }");
            return mistakes_;
        }
        next();
        if (current_.kind != Kind::open_object && current_.kind != Kind::open_array) {
            note(current_.start, "a draft is a JSON object, starting with { and ending with }, but this file starts otherwise (is it the right file?)");
            return mistakes_;
        }
        value(0, "");
        if (current_.kind != Kind::end && !full())
            note(current_.start, "there is more text after the end of the draft: remove it, or check that no bracket closes the draft early");
        return mistakes_;
    }

private:
    static constexpr int max_depth = 64;

    bool full() const { return mistakes_.size() >= max_json_mistakes; }
    void note(std::size_t offset, std::string message) {
        if (!full()) mistakes_.push_back({offset, std::move(message)});
    }

    // ------------------------------------------------------------ reading tokens
    bool at(std::size_t i, std::string_view s) const { return text_.compare(i, s.size(), s) == 0; }
    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
    std::size_t line_end(std::size_t from) const {
        const std::size_t nl = text_.find('\n', from);
        return nl == std::string::npos ? text_.size() : nl;
    }
    bool curly_quote(std::size_t i) const {
        return at(i, "\xE2\x80\x9C") || at(i, "\xE2\x80\x9D") || at(i, "\xE2\x80\x98") || at(i, "\xE2\x80\x99");
    }

    void bad_encoding(std::size_t i) {
        if (encoding_noted_) return;
        encoding_noted_ = true;
        const auto byte = static_cast<unsigned char>(text_[i]);
        const std::string name = windows_1252_name(byte);
        static const char hex[] = "0123456789ABCDEF";
        note(i, std::string("the byte 0x") + hex[byte >> 4] + hex[byte & 0xF] + " is not UTF-8" +
                    (name.empty() ? "" : " (it is \"" + name + "\" in Windows-1252, the encoding Excel and Notepad often use)") +
                    ": save the file as UTF-8 (\"Save as\", then Encoding: UTF-8)");
    }

    // Skips white space and comments, noting each comment once.
    std::size_t skip(std::size_t i) {
        while (i < text_.size()) {
            if (is_space(text_[i])) ++i;
            else if (at(i, "//") || text_[i] == '#') {
                note(i, "remove this comment: JSON has no comments (a YAML draft may have # comments)");
                i = line_end(i);
            } else if (at(i, "/*")) {
                const std::size_t close = text_.find("*/", i + 2);
                note(i, close == std::string::npos ? "this comment is never closed with */, and JSON has no comments: remove it"
                                                   : "remove this comment: JSON has no comments (a YAML draft may have # comments)");
                i = close == std::string::npos ? text_.size() : close + 2;
            } else break;
        }
        return i;
    }

    void next() {
        previous_end_ = current_.end;
        previous_unclosed_ = current_.unclosed;
        std::size_t i = skip(current_.end);
        if (i >= text_.size()) {
            current_ = {Kind::end, i, i, ""};
            return;
        }
        const char c = text_[i];
        const auto single = [&](Kind kind) { current_ = {kind, i, i + 1, std::string(1, c)}; };
        switch (c) {
        case '{': return single(Kind::open_object);
        case '}': return single(Kind::close_object);
        case '[': return single(Kind::open_array);
        case ']': return single(Kind::close_array);
        case ':': return single(Kind::colon);
        case ',': return single(Kind::comma);
        case '"': return quoted(i);
        case '\'': return other_quotes(i, 1, "'", "use double quotes \" around text: JSON does not accept single quotes '");
        default: break;
        }
        if (curly_quote(i))
            return other_quotes(i, 3, "curly",
                                "replace the curly quotes \xE2\x80\x9C \xE2\x80\x9D with straight quotes \" (Word changes them as you type: "
                                "turn off AutoFormat's \"smart quotes\", or edit the draft in a plain text editor)");
        if (first_invalid_utf8(std::string_view(text_).substr(i, 4)) == std::size_t{0}) {
            bad_encoding(i);
            current_ = {Kind::other, i, i + 1, ""};
            return;
        }
        std::size_t end = i;
        while (end < text_.size() && !is_space(text_[end]) && std::string_view("{}[]:,\"'/#").find(text_[end]) == std::string_view::npos &&
               !curly_quote(end) && static_cast<unsigned char>(text_[end]) >= 0x20)
            ++end;
        if (end == i) end = i + 1;
        current_ = {Kind::word, i, end, text_.substr(i, end - i)};
    }

    // A "..." string; a raw line break or the end of the file means it was never closed.
    void quoted(std::size_t open) {
        std::string content;
        std::size_t i = open + 1;
        while (i < text_.size() && text_[i] != '"' && text_[i] != '\n') {
            const auto c = static_cast<unsigned char>(text_[i]);
            if (c == '\\') {
                if (i + 1 < text_.size() && std::string_view("\"\\/bfnrtu").find(text_[i + 1]) == std::string_view::npos && text_[i + 1] != '\n')
                    note(i, std::string("\\") + text_[i + 1] + " is not a JSON escape: write \\\\ for a backslash");
                i += 2;
                continue;
            }
            if (c == '\t') note(i, "a tab inside text: write \\t, or a space");
            else if (c < 0x20 && c != '\r') note(i, "a control character inside text: remove it");
            else if (c >= 0x80 && first_invalid_utf8(std::string_view(text_).substr(i, 4)) == std::size_t{0}) bad_encoding(i);
            content += text_[i];
            ++i;
        }
        if (i >= text_.size() || text_[i] == '\n') {
            note(open, "this text is not closed: add a \" at its end (it opens here, and the line ends first)");
            current_ = {Kind::string, open, i, content, true};
            return;
        }
        current_ = {Kind::string, open, i + 1, content};
    }

    // Text in single or curly quotes: read to the matching quote on the same line.
    void other_quotes(std::size_t open, std::size_t width, std::string_view style, const std::string& message) {
        note(open, message);
        std::size_t i = open + width;
        const std::size_t stop = line_end(open);
        while (i < stop && !(style == "'" ? text_[i] == '\'' : curly_quote(i) || text_[i] == '"')) ++i;
        const std::size_t close_width = i >= stop ? 0 : text_[i] == '\'' || text_[i] == '"' ? 1 : 3;
        current_ = {Kind::string, open, std::min(i + close_width, stop), text_.substr(open + width, i - open - width)};
    }

    // ------------------------------------------------------------ reading values
    static bool starts_value(Kind k) { return k == Kind::open_object || k == Kind::open_array || k == Kind::string || k == Kind::word; }

    void word() {
        const std::string& w = current_.text;
        if (w == "true" || w == "false" || w == "null" || is_json_number(w)) return;
        std::string lower = w;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "nan" || lower == "infinity" || lower == "-infinity" || lower == "+infinity")
            note(current_.start, w + " is not a JSON value: write a number, or null when there is none");
        else if (lower == "true" || lower == "false") note(current_.start, "write " + lower + " in lower case");
        else if (lower == "null" || lower == "none" || lower == "undefined" || lower == "nil") note(current_.start, "write null for no value");
        else if (!w.empty() && (std::isdigit(static_cast<unsigned char>(w[0])) || w[0] == '+' || w[0] == '.' || w[0] == '-'))
            note(current_.start, w + " is not a JSON number: write digits with at most one decimal point and no leading zero, + sign, "
                                     "unit or thousands separator (\"" + w + "\" in double quotes if it is text)");
        else note(current_.start, "put this text in double quotes: \"" + w + "\"");
    }

    void value(int depth, const std::string& name) {
        switch (current_.kind) {
        case Kind::open_object:
        case Kind::open_array:
            if (depth >= max_depth) {  // a forgiving reading need not follow hostile nesting
                gave_up_ = true;
                current_ = {Kind::end, text_.size(), text_.size(), ""};
                return;
            }
            container(depth, name);
            return;
        case Kind::string: next(); return;
        case Kind::word: word(); next(); return;
        case Kind::other: next(); return;
        case Kind::end: note(current_.start, "the file ends where a value was expected"); return;
        default:
            note(current_.start, "a value is missing before this " + current_.text);
            return;
        }
    }

    static std::string after(const std::string& name) { return name.empty() ? "the item before it" : "the value of \"" + name + "\""; }

    void container(int depth, const std::string& name) {
        const Token open = current_;
        const bool object = open.kind == Kind::open_object;
        const Kind closer = object ? Kind::close_object : Kind::close_array;
        const std::string what = object ? "{" : "[";
        const std::string close_char = object ? "}" : "]";
        const std::string opened = "the " + what + (name.empty() ? "" : " of \"" + name + "\"") + " that opens here";
        next();
        open_.push_back(closer);
        std::string last_name;
        bool first = true;
        while (!full()) {
            if (current_.kind == closer) break;
            if (current_.kind == Kind::end) {
                if (!gave_up_) note(open.start, opened + " is never closed: add a " + close_char + " where it should end");
                open_.pop_back();
                return;
            }
            if (current_.kind == Kind::close_object || current_.kind == Kind::close_array) {
                // A bracket that closes an enclosing container: this one was left open.
                if (std::find(open_.begin(), open_.end(), current_.kind) != open_.end()) {
                    note(open.start, opened + " is never closed: add a " + close_char + " before the " + current_.text + " on line " + line_of(current_.start));
                    open_.pop_back();
                    return;
                }
                // Taken as the closer it should have been, so the rest reads on.
                note(current_.start, "this " + current_.text + " does not match " + opened.substr(4) + " (line " + line_of(open.start) +
                                         "): write " + close_char);
                next();
                open_.pop_back();
                return;
            }
            if (!first) {
                if (current_.kind == Kind::comma) {
                    const std::size_t comma = current_.start;
                    next();
                    if (current_.kind == closer) {
                        note(comma, "remove the comma after " + (object ? after(last_name) : std::string("the last item")) + ": JSON allows no comma before " + close_char);
                        break;
                    }
                } else if (starts_value(current_.kind) || current_.kind == Kind::other) {
                    // After text that was not closed, the missing comma is the same mistake.
                    if (!previous_unclosed_) note(previous_end_, "a comma is missing after " + (object ? after(last_name) : std::string("this item")));
                } else {
                    note(current_.start, "a comma or " + close_char + " was expected here, not " + current_.text);
                    next();
                    continue;
                }
            } else if (current_.kind == Kind::comma) {
                note(current_.start, "remove this comma: nothing comes before it in the " + std::string(object ? "object" : "list"));
                next();
                continue;
            }
            first = false;
            if (object) {
                if (!member(depth)) continue;
                last_name = member_name_;
            } else {
                value(depth + 1, name);
            }
        }
        if (current_.kind == closer) next();
        open_.pop_back();
    }

    // A "name": value pair; false (and nothing read) when there is no name to be found.
    bool member(int depth) {
        if (current_.kind == Kind::word) {
            note(current_.start, "put the name in double quotes: \"" + current_.text + "\"");
        } else if (current_.kind != Kind::string) {
            note(current_.start, "a name in double quotes was expected here, not " + current_.text);
            next();
            return false;
        }
        member_name_ = current_.text;
        const std::string name = member_name_;
        next();
        if (current_.kind == Kind::colon) next();
        else note(previous_end_, "a colon : is missing after the name \"" + name + "\"");
        value(depth + 1, name);
        member_name_ = name;
        return true;
    }

    std::string line_of(std::size_t offset) const {
        return std::to_string(std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n') + 1);
    }

    const std::string& text_;
    Token current_{Kind::end, 0, 0, ""};
    std::size_t previous_end_ = 0;
    bool previous_unclosed_ = false;
    bool gave_up_ = false;  // nesting too deep to follow: say nothing more
    std::vector<Kind> open_;  // the closing bracket each enclosing container waits for
    std::string member_name_;
    bool encoding_noted_ = false;
    std::vector<JsonMistake> mistakes_;
};

}  // namespace

std::vector<JsonMistake> explain_json_mistakes(const SourceText& source) { return Explainer(source.text()).run(); }

}  // namespace draftcheck
