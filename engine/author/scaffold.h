#pragma once
// A new, empty draft laid out from the schema, for `draftcheck new`.
#include <nlohmann/json.hpp>
#include <string>

#include "author/draft_writer.h"

namespace draftcheck {

struct Scaffold {
    // Every section of the schema, in its order: text fields empty, lists of entities holding one
    // placeholder entity with an id, other lists empty. Fields that need a typed value (numbers,
    // dates, years, true/false, a choice from a list) are left out, since any value would be a claim
    // the draft does not make; in YAML they are listed as comments where they go.
    nlohmann::ordered_json draft;
    // In YAML, each field's description from the schema above it, with its allowed values.
    YamlComments comments;
};

// `schema` is the draft schema, read keeping its key order (kept by reference in the comments: it
// must outlive them).
Scaffold make_scaffold(const nlohmann::ordered_json& schema, const std::string& kind, const std::string& area);

}  // namespace draftcheck
