#pragma once
// Reads YAML text as document events, with libfyaml's event parser (no tree is built, so an alias
// is never expanded and memory stays flat). Comments are allowed and ignored.
#include "load/document_events.h"

namespace draftcheck {

// Scalars are typed as yaml_scalar.h says. Throws InputError, at the line and column concerned, for
// text that is not well-formed YAML (libfyaml's message), invalid UTF-8 or a NUL byte (checked
// first: libfyaml would silently truncate the document), an anchor, an alias or a tag (refused, so a
// "billion laughs" file is refused rather than expanded), a key that is a list or a mapping, a
// second document in the file, or a number out of range. Whatever `sink` throws passes through.
// Thread-safe: each call has its own parser.
void read_yaml_events(const SourceText& source, DocumentSink& sink);

}  // namespace draftcheck
