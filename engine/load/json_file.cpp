#include "load/json_file.h"

#include "core/error.h"
#include "core/limits.h"
#include "load/json_loader.h"
#include "load/position_index.h"

namespace draftcheck {

void JsonFile::fail(const std::string& pointer, const std::string& message) const {
    const LineColumn at = locate_pointers(source, {pointer}).at(pointer);
    throw InputError({source.name(), at.line, at.column}, message);
}

JsonFile read_json_file(const std::string& path, const std::string& shown) {
    SourceText source = SourceText::read(path, limits::max_draft_bytes);
    if (!shown.empty()) source = SourceText::from_string(shown, source.text());
    nlohmann::json document = parse_json(source, limits::max_json_depth);
    return {std::move(source), std::move(document)};
}

}  // namespace draftcheck
