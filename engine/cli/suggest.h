#pragma once
// "Did you mean ...?" for a command line the parser rejected: a mistyped command or option.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace draftcheck {

// Walks `args` (without the program name) through `app`'s commands and options, and for the first
// word that names no command, or option that does not exist, returns a message saying so, with the
// nearest real name when one is close. nullopt when every word is known.
std::optional<std::string> unknown_word_message(CLI::App& app, const std::vector<std::string>& args);

}  // namespace draftcheck
