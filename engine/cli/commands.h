#pragma once
// One function per subcommand, each registering its options on the CLI11 app and returning the
// action to run once parsing has succeeded. define_commands is the one place the command line is
// defined: run_cli parses with it, and `generate` writes the man page and completion from it.
#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace draftcheck {

using Action = std::function<int(std::ostream& out, std::ostream& err)>;

struct Command {
    std::string name;  // the subcommand, as typed
    Action run;
};

// Registers every subcommand on `app` and appends its action to `commands`.
void define_commands(CLI::App& app, std::vector<Command>& commands);

Action add_check_command(CLI::App& app);
Action add_rules_command(CLI::App& app);
Action add_diff_command(CLI::App& app);
Action add_config_command(CLI::App& app);
Action add_serve_command(CLI::App& app);
Action add_generate_command(CLI::App& app);
Action add_convert_command(CLI::App& app);
Action add_new_command(CLI::App& app);
Action add_import_command(CLI::App& app);

}  // namespace draftcheck
