#pragma once
// One function per subcommand, each registering its options on the CLI11 app and returning the
// action to run once parsing has succeeded.
#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>

namespace draftcheck {

using Action = std::function<int(std::ostream& out, std::ostream& err)>;

Action add_check_command(CLI::App& app);
Action add_rules_command(CLI::App& app);
Action add_diff_command(CLI::App& app);
Action add_config_command(CLI::App& app);
Action add_serve_command(CLI::App& app);

}  // namespace draftcheck
