#pragma once
// The bytes of one input file and the map from byte offsets to line and column.
#include <cstddef>
#include <string>
#include <vector>

namespace draftcheck {

struct LineColumn {
    int line = 1;
    int column = 1;
};

class SourceText {
public:
    // Reads `path` whole (read_input: "-" is standard input). Throws InputError naming the file
    // when it is missing, not a regular file, unreadable, or larger than `max_bytes`. A UTF-8
    // byte-order mark is dropped, as editors hide it.
    static SourceText read(const std::string& path, std::size_t max_bytes);
    static SourceText from_string(std::string name, std::string text);

    const std::string& name() const { return name_; }
    const std::string& text() const { return text_; }
    // 1-based line and column of a byte offset; columns count Unicode code points, and a line ends
    // at LF, CRLF or a lone CR. Linear in the offset: for many offsets use positions().
    LineColumn position(std::size_t offset) const;
    // The positions of all `offsets`, in their order, from one pass over the text: O(text + n log n),
    // however many offsets share a line.
    std::vector<LineColumn> positions(const std::vector<std::size_t>& offsets) const;

private:
    SourceText(std::string name, std::string text);
    std::string name_;
    std::string text_;
};

}  // namespace draftcheck
