#include "report/escape.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace draftcheck::escape {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// The code point starting at text[i], advancing i past it; an ill-formed sequence yields U+FFFD
// and advances one byte, so the next byte gets its own chance to start a character.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return text[i++];
    int length = 0;
    char32_t cp = 0, min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2, cp = lead & 0x1F, min = 0x80;
    else if (lead >= 0xE0 && lead <= 0xEF) length = 3, cp = lead & 0x0F, min = 0x800;
    else if (lead >= 0xF0 && lead <= 0xF4) length = 4, cp = lead & 0x07, min = 0x10000;
    if (length == 0 || i + length > text.size()) {
        ++i;
        return kReplacement;
    }
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return kReplacement;
    }
    i += length;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// What must never reach a record or a terminal raw: C0, DEL and C1 controls (ESC, CSI, BEL, CR,
// LF, NUL ...), the Unicode line and paragraph separators, and the marks and overrides that
// reorder text on screen.
bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_visible(std::string& out, char32_t cp) {
    switch (cp) {
        case '\t': out += "\\t"; return;
        case '\r': out += "\\r"; return;
        case '\n': out += "\\n"; return;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, cp < 0x100 ? "\\x%02x" : "\\u%04x", static_cast<unsigned>(cp));
    out += buffer;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// `text` as well-formed UTF-8, each code point that `spell` names (an entity, a percent code)
// written as it says, other controls made visible, the rest as they are.
template <typename Spell>
std::string encode(std::string_view text, Spell spell) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        if (const char* spelled = spell(cp)) out += spelled;
        else if (is_control(cp)) append_visible(out, cp);
        else append_utf8(out, cp);
    }
    return out;
}

const char* workflow_message_code(char32_t cp) {
    switch (cp) {
        case '%': return "%25";
        case '\r': return "%0D";
        case '\n': return "%0A";
    }
    return nullptr;
}

}  // namespace

std::string utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) append_utf8(out, next_code_point(text, i));
    return out;
}

std::string field(std::string_view text) {
    return encode(text, [](char32_t) -> const char* { return nullptr; });
}

std::string lines(std::string_view text) {
    std::string out;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        out += field(text.substr(0, end)) + "\n";
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    return out;
}

std::string markdown(std::string_view text) {
    const std::string plain = field(text);
    std::size_t start = 0;
    while (start < plain.size() && plain[start] == ' ') ++start;
    std::string out;
    out.reserve(plain.size() + plain.size() / 8);
    for (std::size_t i = start; i < plain.size(); ++i) {
        const char c = plain[i];
        const bool first = i == start;
        const bool inside_word = i > start && i + 1 < plain.size() && word_char(plain[i - 1]) && word_char(plain[i + 1]);
        // A run of # that ends the text would be taken as a heading's closing sequence.
        const bool closing_hashes = c == '#' && plain.find_first_not_of("# ", i) == std::string::npos;
        // Only what could be read as an entity reference (&amp; &#60;): "A&E" and "A & B" stay as written.
        std::size_t name_end = i + 1;
        while (c == '&' && name_end < plain.size() && (word_char(plain[name_end]) || plain[name_end] == '#')) ++name_end;
        const bool entity = c == '&' && name_end > i + 1 && name_end < plain.size() && plain[name_end] == ';';
        bool escape = false;
        switch (c) {
            case '\\': case '`': case '*': case '[': case ']': case '<': case '>': case '|': case '~': escape = true; break;
            case '_': escape = !inside_word; break;
            case '#': escape = first || closing_hashes; break;
            case '-': case '+': case '=': escape = first; break;
            case '&': escape = entity; break;
        }
        if (escape) out += '\\';
        out += c;
    }
    // "12." or "3)" at the start would begin a numbered list.
    std::size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, "\\");
    return out;
}

std::string html(std::string_view text) {
    return encode(text, [](char32_t cp) -> const char* {
        switch (cp) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\t': return "\t";
            case '\n': return "\n";
        }
        return nullptr;
    });
}

std::string xml(std::string_view text) {
    return encode(text, [](char32_t cp) -> const char* {
        switch (cp) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&apos;";
            case '\t': return "&#9;";
            case '\n': return "&#10;";
            case '\r': return "&#13;";
        }
        return nullptr;
    });
}

std::string workflow_message(std::string_view text) { return encode(text, workflow_message_code); }

std::string workflow_property(std::string_view text) {
    return encode(text, [](char32_t cp) -> const char* {
        switch (cp) {
            case ':': return "%3A";
            case ',': return "%2C";
        }
        return workflow_message_code(cp);
    });
}

}  // namespace draftcheck::escape
