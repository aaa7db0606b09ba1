#include "load/document_builder.h"

namespace draftcheck {

nlohmann::json parse_document(const SourceText& source, int max_depth) {
    DocumentBuilder<nlohmann::json> builder(source, max_depth);
    read_document(source, builder);
    return builder.take();
}

nlohmann::ordered_json parse_ordered_document(const SourceText& source, int max_depth) {
    DocumentBuilder<nlohmann::ordered_json> builder(source, max_depth);
    read_document(source, builder);
    return builder.take();
}

}  // namespace draftcheck
