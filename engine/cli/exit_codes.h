#pragma once
// The exit-code contract (README, docs/output-formats.md). `meanings` is the one table --help and
// the man page print, so a new code is added here and nowhere else.
#include <array>

namespace draftcheck::exit_code {

inline constexpr int clean = 0;     // no finding at or above --fail-on
inline constexpr int findings = 1;  // at least one finding at or above --fail-on
inline constexpr int unusable = 2;  // a draft could not be checked, or the command line or a data file is wrong
inline constexpr int rule_failed = 3;  // every draft was checked, but some rule could not run on one of them

struct Meaning {
    int code;
    const char* text;
};

inline constexpr std::array meanings{
    Meaning{clean, "no finding at or above --fail-on (and no more warnings than --max-warnings)"},
    Meaning{findings, "at least one finding at or above --fail-on, more warnings than --max-warnings, or (diff) a new one"},
    Meaning{unusable, "a draft could not be checked, or the command line, a configuration or a data file is wrong"},
    Meaning{rule_failed, "every draft was checked, but some rule could not run (each is printed on standard error)"},
};

}  // namespace draftcheck::exit_code
