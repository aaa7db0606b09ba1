#pragma once
// The man page (roff, section 1) and the bash completion script, both written from the CLI11
// definition of the command line (define_commands), so they cannot drift from it.
#include <CLI/CLI.hpp>
#include <ostream>

namespace draftcheck {

// draftcheck.1: every command with its description and options, the examples and the exit codes.
void write_man_page(const CLI::App& app, std::ostream& out);

// A bash script defining the completion of commands and options: `source` it, or install it in
// /usr/share/bash-completion/completions/draftcheck.
void write_bash_completion(const CLI::App& app, std::ostream& out);

}  // namespace draftcheck
