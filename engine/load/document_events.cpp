#include "load/document_events.h"

#include <algorithm>
#include <cctype>

#include "load/json_events.h"
#include "load/yaml_events.h"

namespace draftcheck {

Syntax syntax_of(const std::string& file_name) {
    std::string lower = file_name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.ends_with(".yaml") || lower.ends_with(".yml") ? Syntax::yaml : Syntax::json;
}

void read_document(const SourceText& source, DocumentSink& sink) {
    if (syntax_of(source.name()) == Syntax::yaml) read_yaml_events(source, sink);
    else read_json_events(source, sink);
}

}  // namespace draftcheck
