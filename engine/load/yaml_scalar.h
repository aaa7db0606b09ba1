#pragma once
// How draftcheck types a YAML scalar. YAML 1.1 readers turn `no`, `on`, `017`, `.inf` or `~` into
// booleans, octal numbers, infinities and nulls, which is rarely what a partnership meant, and YAML
// readers disagree about them. draftcheck is stricter than the YAML 1.2 core schema: a quoted or
// block scalar is always text, and a plain (unquoted) one is null, true, false or a number only
// when it is written exactly as JSON writes it. Everything else is text, kept as written.
#include <nlohmann/json.hpp>
#include <string>

namespace draftcheck {

// The value of a plain scalar: "" and "null" are null; "true" and "false" booleans; JSON's number
// grammar (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?) a number, typed as the JSON loader types
// it; anything else the text itself. Throws std::out_of_range for a number beyond a double.
nlohmann::json resolve_plain_scalar(const std::string& text);

// True when `text` matches JSON's number grammar.
bool is_json_number(const std::string& text);

}  // namespace draftcheck
