#pragma once
// Plain-words explanations of the mistakes people make editing JSON by hand: trailing and missing
// commas, comments, single or curly quotes, unquoted names, NaN, unclosed text or brackets, a file
// saved in Windows-1252. Runs only after the JSON parser has refused the text, so it costs nothing
// on a good draft.
#include <cstddef>
#include <string>
#include <vector>

#include "load/source_text.h"

namespace draftcheck {

struct JsonMistake {
    std::size_t offset;   // byte offset in the text: where to look
    std::string message;  // what is wrong and what to write instead
};

inline constexpr std::size_t max_json_mistakes = 10;

// Up to max_json_mistakes mistakes, in the order a reader meets them (an unclosed bracket when its
// end should have come), found by a forgiving reading that carries on past each one; empty when
// none of the known mistakes explains why the text is not JSON.
std::vector<JsonMistake> explain_json_mistakes(const SourceText& source);

}  // namespace draftcheck
