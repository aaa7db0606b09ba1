#pragma once
// What --help and the man page say besides the options: examples, and the exit codes.
#include <array>
#include <string>

namespace draftcheck {

struct Example {
    const char* command;
    const char* what;
};

inline constexpr std::array examples{
    Example{"draftcheck check examples/halton-lpsa2-draft.json", "the Government Office response letter"},
    Example{"draftcheck check --format list drafts/", "one line per finding, for every .json draft below drafts/"},
    Example{"draftcheck check --summary drafts/", "one row per draft"},
    Example{"draftcheck diff old.json new.json", "findings resolved, new and persisting between two versions"},
    Example{"draftcheck rules explain reward-targets.max-count", "one rule: why, its citation, its thresholds"},
    Example{"draftcheck config show drafts/leicestershire.json", "the settings in force for a draft, and where each comes from"},
};

// "Examples:" then "Exit codes:", as the footer of draftcheck --help.
std::string help_footer();

}  // namespace draftcheck
