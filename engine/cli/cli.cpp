#include "cli/cli.h"

#include <algorithm>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/suggest.h"
#include "core/error.h"
#include "core/home.h"
#include "report/escape.h"

namespace draftcheck {
namespace {

std::string version_text() {
    std::string text = std::string("draftcheck ") + DRAFTCHECK_VERSION + "\n";
    try {
        const Home home = draftcheck_home();
        return text + "home: " + home.path + " (" + home.how + ")";
    } catch (const InputError& e) {
        return text + "home: none: " + e.what();
    }
}

}  // namespace

void define_commands(CLI::App& app, std::vector<Command>& commands) {
    app.description("draftcheck: checks draft LPSA2 and Local Area Agreements against the guidance, "
                    "and answers the way a Government Office reviewer would.");
    app.name("draftcheck");
    app.footer(help_footer());
    app.set_version_flag("--version", version_text, "Print the version and the home in use (where rules/ and schemas/ are read from)");
    app.require_subcommand(1);
    commands.push_back({"check", add_check_command(app)});
    commands.push_back({"diff", add_diff_command(app)});
    commands.push_back({"rules", add_rules_command(app)});
    commands.push_back({"config", add_config_command(app)});
    commands.push_back({"serve", add_serve_command(app)});
    commands.push_back({"generate", add_generate_command(app)});
    commands.push_back({"convert", add_convert_command(app)});
    commands.push_back({"new", add_new_command(app)});
    commands.push_back({"import", add_import_command(app)});
}

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app;
    std::vector<Command> commands;
    define_commands(app, commands);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() != 0) {
            if (const auto message = unknown_word_message(app, std::vector<std::string>(argv + std::min(argc, 1), argv + argc))) {
                err << *message << "\n";
                return exit_code::unusable;
            }
        }
        const int code = app.exit(e, out, err);
        return code == 0 ? exit_code::clean : exit_code::unusable;
    }
    try {
        for (const auto& command : commands)
            if (app.got_subcommand(command.name)) return command.run(out, err);
        return exit_code::unusable;  // unreachable: parsing requires one command
    } catch (const InputError& e) {
        err << escape::lines(e.describe());  // it may quote the input, one line per problem
        return exit_code::unusable;
    } catch (const std::exception& e) {
        err << "draftcheck: internal error: " << escape::field(e.what()) << "\n";
        return exit_code::unusable;
    }
}

}  // namespace draftcheck
