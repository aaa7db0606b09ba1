#include "cli/author_output.h"

#include <filesystem>

#include "core/atomic_file.h"
#include "core/error.h"

namespace draftcheck {

void write_output(const std::string& output, const std::string& text, const std::vector<std::string>& inputs, std::ostream& out) {
    if (output.empty()) {
        out << text;
        return;
    }
    std::error_code ec;
    for (const auto& input : inputs)
        if (std::filesystem::exists(output, ec) && std::filesystem::equivalent(input, output, ec))
            throw InputError({output}, "--output names the file being read; give another file name");
    write_file_atomically(output, text);
}

}  // namespace draftcheck
