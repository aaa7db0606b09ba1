#pragma once
// Reads JSON text as document events (nlohmann's SAX parser plus byte offsets).
#include "load/document_events.h"

namespace draftcheck {

// Throws InputError at the mistake for a syntax error, invalid UTF-8, a NUL byte or a number out
// of range; whatever `sink` throws passes through.
void read_json_events(const SourceText& source, DocumentSink& sink);

}  // namespace draftcheck
