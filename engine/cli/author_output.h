#pragma once
// Where the authoring commands (convert, new, import) put the text they make.
#include <ostream>
#include <string>
#include <vector>

namespace draftcheck {

// Writes `text` to `output` whole or not at all (write_file_atomically), or to `out` when `output`
// is empty. Throws InputError when `output` is one of `inputs`: the commands never write over what
// they read.
void write_output(const std::string& output, const std::string& text, const std::vector<std::string>& inputs, std::ostream& out);

}  // namespace draftcheck
