#pragma once
// Colour for the formats read at a terminal (text and list): ANSI escapes around severities and
// file names when `on`, the plain text otherwise. The command line decides (--color, NO_COLOR).
#include <string>
#include <string_view>

#include "core/finding.h"

namespace draftcheck {

struct Palette {
    bool on = false;

    // "error" in bold red, "warning" in yellow, "advice" in cyan.
    std::string severity(Severity s) const;
    std::string bold(std::string_view text) const;
};

}  // namespace draftcheck
