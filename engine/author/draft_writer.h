#pragma once
// Writes a draft as JSON or YAML text, keeping the order of its keys.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "load/document_events.h"

namespace draftcheck {

// Comment lines (separated by '\n') for the member or object at a JSON pointer, or "".
using CommentFor = std::function<std::string(const std::string& pointer)>;

struct YamlComments {
    CommentFor above;  // above a member's key, or a plain list item's "- "
    CommentFor after;  // after the last member of a non-empty object, at its members' indent
};

// Two-space indented JSON ending in a newline, the layout of the drafts in examples/.
std::string write_json(const nlohmann::ordered_json& document);

// Block-style YAML ending in a newline. A string is written plain only when every YAML reader
// (1.1 or 1.2, draftcheck's included) reads it back as that string; otherwise it is double-quoted,
// so `no`, `017` and dates stay text. Comments are written as `# ` lines; the comment above a
// plain list item, or above a list item's first member, goes above its "- ".
std::string write_yaml(const nlohmann::ordered_json& document, const YamlComments& comments = {});

// JSON has no comments, so `comments` apply to YAML only.
std::string write_document(const nlohmann::ordered_json& document, Syntax syntax, const YamlComments& comments = {});

}  // namespace draftcheck
