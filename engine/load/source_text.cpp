#include "load/source_text.h"

#include <algorithm>
#include <numeric>

#include "core/read_input.h"

namespace draftcheck {

SourceText::SourceText(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
    static constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text_.starts_with(bom)) text_.erase(0, bom.size());
}

SourceText SourceText::from_string(std::string name, std::string text) {
    return SourceText(std::move(name), std::move(text));
}

SourceText SourceText::read(const std::string& path, std::size_t max_bytes) {
    return SourceText(path, read_input(path, max_bytes));
}

LineColumn SourceText::position(std::size_t offset) const {
    return positions({offset}).front();
}

std::vector<LineColumn> SourceText::positions(const std::vector<std::size_t>& offsets) const {
    std::vector<std::size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<LineColumn> out(offsets.size());
    const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    LineColumn at;
    std::size_t i = 0;
    int pending = 0;  // continuation bytes still due to the UTF-8 character being passed
    for (const std::size_t k : order) {
        const std::size_t target = std::min(offsets[k], text_.size());
        for (; i < target; ++i) {
            const auto c = static_cast<unsigned char>(text_[i]);
            // CR then LF is one line break, counted at the LF; a CR alone ends a line itself.
            if (c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'))) at = {at.line + 1, 1};
            else if (c != '\r' && !continuation(c)) ++at.column;
            if (continuation(c) && pending > 0) --pending;
            else pending = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        }
        out[k] = at;
        // An offset inside a character is located at that character; a stray continuation byte is its own.
        if (target < text_.size() && continuation(static_cast<unsigned char>(text_[target])) && pending > 0) --out[k].column;
    }
    return out;
}

}  // namespace draftcheck
