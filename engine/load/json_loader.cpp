#include "load/json_loader.h"

#include "load/document_builder.h"
#include "load/json_events.h"

namespace draftcheck {

nlohmann::json parse_json(const SourceText& source, int max_depth) {
    DocumentBuilder<nlohmann::json> builder(source, max_depth);
    read_json_events(source, builder);
    return builder.take();
}

}  // namespace draftcheck
