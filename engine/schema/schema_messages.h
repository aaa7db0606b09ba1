#pragma once
// Turns one valijson error into a sentence an officer can act on.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace draftcheck {

struct SchemaMessage {
    std::string pointer;  // where to point: for an unknown or missing field, the field itself
    std::string message;
    std::string suggestion;
};

// `tokens` is the path of the failing value; `schema` the whole schema document (for the
// subschema's type, enum and description); `draft` the checked document, called `root` in
// messages ("the draft", "the configuration").
SchemaMessage word_schema_error(const std::vector<std::string>& tokens, const std::string& valijson_text,
                                const nlohmann::json& schema, const nlohmann::json& draft, const std::string& root);

}  // namespace draftcheck
