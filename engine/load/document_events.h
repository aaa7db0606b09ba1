#pragma once
// What a draft's text says, as a stream of events in source order, so that one reader per syntax
// (JSON, YAML) feeds every consumer: the document builders and the position finder.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "load/source_text.h"

namespace draftcheck {

// Offsets are bytes into SourceText::text(). A consumer stops the reading by throwing InputError.
class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    virtual void begin_object(std::size_t offset) = 0;
    virtual void begin_array(std::size_t offset) = 0;
    virtual void end_container() = 0;
    // A member's name, before its value; `offset` is where the name starts.
    virtual void key(std::string name, std::size_t offset) = 0;
    // A null, boolean, number or string.
    virtual void scalar(nlohmann::json value, std::size_t offset) = 0;
    // A YAML comment, in source order among the other events: its text after the '#' (one space
    // after it dropped), and where the '#' is. JSON has none; only a consumer that keeps comments
    // (author/yaml_comments.h) needs them.
    virtual void comment(std::string /*text*/, std::size_t /*offset*/) {}
};

enum class Syntax { json, yaml };

// YAML for names ending in .yaml or .yml (any case), JSON for everything else.
Syntax syntax_of(const std::string& file_name);

// Feeds `sink` the events of `source`, read as syntax_of(source.name()). Throws InputError, at
// the line and column concerned, for text that is not well-formed in its syntax, or that the YAML
// reader refuses (see yaml_events.h).
void read_document(const SourceText& source, DocumentSink& sink);

}  // namespace draftcheck
