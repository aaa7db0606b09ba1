#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/generated_docs.h"
#include "core/atomic_file.h"

namespace draftcheck {

Action add_generate_command(CLI::App& app) {
    auto output = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("generate", "Write the man page or the bash completion, from this command line's definition.");
    cmd->require_subcommand(1);
    cmd->add_option("--output", *output, "Write it to this file (whole or not at all) instead of standard output");
    CLI::App* man = cmd->add_subcommand("man", "The man page, draftcheck.1 (roff).");
    cmd->add_subcommand("completion", "The bash completion script.");
    const CLI::App* root = &app;
    return [root, man, output](std::ostream& out, std::ostream&) {
        std::ostringstream text;
        if (man->parsed()) write_man_page(*root, text);
        else write_bash_completion(*root, text);
        if (output->empty()) out << text.str();
        else write_file_atomically(*output, text.str());
        return exit_code::clean;
    };
}

}  // namespace draftcheck
