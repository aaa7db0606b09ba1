#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/error.h"

namespace draftcheck {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app("draftcheck: checks draft LPSA2 and Local Area Agreements against the guidance, "
                 "and answers the way a Government Office reviewer would.",
                 "draftcheck");
    app.set_version_flag("--version", std::string("draftcheck ") + DRAFTCHECK_VERSION);
    app.require_subcommand(1);
    Action check = add_check_command(app);
    Action rules = add_rules_command(app);
    Action diff = add_diff_command(app);
    Action config = add_config_command(app);
    Action serve = add_serve_command(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e, out, err);
        return code == 0 ? exit_code::clean : exit_code::unusable;
    }
    try {
        if (app.got_subcommand("check")) return check(out, err);
        if (app.got_subcommand("diff")) return diff(out, err);
        if (app.got_subcommand("config")) return config(out, err);
        if (app.got_subcommand("serve")) return serve(out, err);
        return rules(out, err);
    } catch (const InputError& e) {
        err << e.describe() << "\n";
        return exit_code::unusable;
    } catch (const std::exception& e) {
        err << "draftcheck: internal error: " << e.what() << "\n";
        return exit_code::unusable;
    }
}

}  // namespace draftcheck
