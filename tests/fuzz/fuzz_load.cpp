// Loading with positions: any bytes either parse or raise InputError with a position inside the
// text; for what parses, every container's pointer can be located. Built twice: as fuzz_load the
// bytes are a JSON draft (with the JSON-mistake explanations when it does not parse), as fuzz_yaml
// a YAML draft (FUZZ_DRAFT_NAME picks the syntax, as a file's extension does).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/limits.h"
#include "load/document_builder.h"
#include "load/position_index.h"

#ifndef FUZZ_DRAFT_NAME
#define FUZZ_DRAFT_NAME "fuzz.json"
#endif

namespace {

void collect(const nlohmann::json& node, const std::string& pointer, std::vector<std::string>& out) {
    if (!node.is_structured() || out.size() > 1000) return;
    out.push_back(pointer);
    if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i) collect(node[i], pointer + "/" + std::to_string(i), out);
    else
        for (const auto& item : node.items()) collect(item.value(), pointer + "/" + item.key(), out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace draftcheck;
    const SourceText source = SourceText::from_string(FUZZ_DRAFT_NAME, std::string(reinterpret_cast<const char*>(data), size));
    // The last line as positions count lines (CR, LF and CRLF all end one).
    const int lines = source.position(source.text().size()).line;
    try {
        const nlohmann::json doc = parse_document(source, limits::max_json_depth);
        std::vector<std::string> pointers;
        collect(doc, "", pointers);
        for (const auto& [pointer, at] : locate_pointers(source, pointers))
            if (at.line < 1 || at.line > lines || at.column < 1) std::abort();
    } catch (const InputError& e) {
        if (e.where().line < 1 || e.where().line > lines || e.where().column < 1) std::abort();
    }
    return 0;
}
