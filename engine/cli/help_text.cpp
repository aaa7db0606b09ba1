#include "cli/help_text.h"

#include <algorithm>

#include "cli/exit_codes.h"

namespace draftcheck {

std::string help_footer() {
    std::size_t width = 0;
    for (const auto& e : examples) width = std::max(width, std::string(e.command).size());
    std::string text = "Examples:\n";
    for (const auto& e : examples) {
        const std::string command = e.command;
        text += "  " + command + std::string(width + 2 - command.size(), ' ') + e.what + "\n";
    }
    text += "\nExit codes:\n";
    for (const auto& m : exit_code::meanings) text += "  " + std::to_string(m.code) + "  " + m.text + "\n";
    return text;
}

}  // namespace draftcheck
