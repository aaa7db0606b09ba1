#include "load/document_builder.h"

#include "core/error_list.h"
#include "load/json_mistakes.h"

namespace draftcheck {

namespace {

template <typename Json>
Json parse_explaining_mistakes(const SourceText& source, int max_depth) {
    DocumentBuilder<Json> builder(source, max_depth);
    try {
        read_document(source, builder);
    } catch (const InputError&) {
        // A JSON draft someone edited by hand: the common mistakes, explained where they are,
        // instead of the parser's first complaint. Text that is well-formed explains nothing, and
        // the reader's own words for a NUL byte are already plain.
        if (syntax_of(source.name()) != Syntax::json || source.text().find('\0') != std::string::npos) throw;
        const std::vector<JsonMistake> mistakes = explain_json_mistakes(source);
        if (mistakes.empty()) throw;
        std::vector<std::pair<Location, std::string>> problems;
        for (const auto& m : mistakes) {
            const LineColumn at = source.position(m.offset);
            problems.emplace_back(Location{source.name(), at.line, at.column}, "not valid JSON: " + m.message);
        }
        throw error_list(problems);
    }
    return builder.take();
}

}  // namespace

nlohmann::json parse_document(const SourceText& source, int max_depth) {
    return parse_explaining_mistakes<nlohmann::json>(source, max_depth);
}

nlohmann::ordered_json parse_ordered_document(const SourceText& source, int max_depth) {
    return parse_explaining_mistakes<nlohmann::ordered_json>(source, max_depth);
}

}  // namespace draftcheck
