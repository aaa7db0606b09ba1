#include "load/source_text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"

namespace draftcheck {

namespace fs = std::filesystem;

SourceText::SourceText(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
    static constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text_.starts_with(bom)) text_.erase(0, bom.size());
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

SourceText SourceText::from_string(std::string name, std::string text) {
    return SourceText(std::move(name), std::move(text));
}

SourceText SourceText::read(const std::string& path, std::size_t max_bytes) {
    const Location where{path};
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError(where, "no such file");
    if (fs::is_directory(status)) throw InputError(where, "is a directory, not a draft file");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes)
        throw InputError(where, "the file is " + std::to_string(size) + " bytes; drafts larger than " +
                                    std::to_string(max_bytes) + " bytes are refused");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(where, std::string("cannot be read: ") + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw InputError(where, "reading failed part-way");
    return SourceText(path, std::move(buf).str());
}

LineColumn SourceText::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    int column = 1;
    for (std::size_t i = *it; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip UTF-8 continuation bytes
    return {static_cast<int>(it - line_starts_.begin()) + 1, column};
}

}  // namespace draftcheck
