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
    LineColumn at;
    std::size_t i = 0;
    for (const std::size_t k : order) {
        const std::size_t target = std::min(offsets[k], text_.size());
        for (; i < target; ++i) {
            const char c = text_[i];
            // CR then LF is one line break, counted at the LF; a CR alone ends a line itself.
            if (c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'))) at = {at.line + 1, 1};
            else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++at.column;  // not a UTF-8 continuation byte
        }
        out[k] = at;
    }
    return out;
}

}  // namespace draftcheck
