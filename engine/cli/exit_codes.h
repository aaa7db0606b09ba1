#pragma once
// The exit-code contract (README, docs/output-formats.md).
namespace draftcheck::exit_code {

inline constexpr int clean = 0;     // no finding at or above --fail-on
inline constexpr int findings = 1;  // at least one finding at or above --fail-on
inline constexpr int unusable = 2;  // a draft could not be checked, or the command line or a data file is wrong

}  // namespace draftcheck::exit_code
