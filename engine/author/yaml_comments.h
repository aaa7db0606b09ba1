#pragma once
// Keeps a YAML draft's comments when draftcheck rewrites it (import, convert --to yaml).
#include <cstddef>
#include <nlohmann/json.hpp>

#include "author/draft_writer.h"
#include "load/source_text.h"

namespace draftcheck {

struct KeptComments {
    YamlComments placed;
    std::size_t count = 0;  // how many comments `source` has
};

// The comments of the YAML in `source`, placed for write_yaml by where they stand:
// - a comment on its own line goes above the next field, when that field is indented at least
//   as far as the comment; otherwise it closed a mapping, and goes after that mapping's last
//   field (the innermost open mapping whose fields are indented no further than the comment);
// - a comment after a field on the same line goes above that field;
// - a plain list item (`- text`) is placed as a field is: above it (its "- ") or after it on its line.
// Consecutive comments stay together, in order. The result owns its text and may outlive `source`.
struct CommentedDocument {
    nlohmann::ordered_json document;
    KeptComments comments;  // none for JSON
};

// The document in `source` as parse_ordered_document reads it (the same errors), with its comments
// when it is YAML, from one reading of the text.
CommentedDocument read_commented_document(const SourceText& source, int max_depth);

}  // namespace draftcheck
