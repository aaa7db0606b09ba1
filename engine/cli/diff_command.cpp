#include <algorithm>
#include <memory>

#include "check/batch.h"
#include "check/compare.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "report/escape.h"
#include "report/render_diff.h"

namespace draftcheck {
namespace {

struct DiffArgs {
    std::string previous;
    std::string current;
    std::string format = "text";
    std::string kind;
    std::string fail_on = "error";
    ConfigChoice config;
};

int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::for_command(args.config, args.current, {});
    const CheckOptions options = installation.check_options(args.kind);
    const auto reports = check_files(installation, {args.previous, args.current}, options, 2);
    for (const auto& report : reports)
        if (!report.checked) {
            err << escape::lines(report.error);
            return exit_code::unusable;
        }
    const FindingChanges changes = compare_findings(reports[0], reports[1]);
    if (args.format == "json") render_diff_json(reports[0], reports[1], changes, out);
    else render_diff_text(reports[0], reports[1], changes, installation.rules.sections(), out);
    const Severity threshold = *parse_severity(args.fail_on);
    const bool worse = std::any_of(changes.added.begin(), changes.added.end(), [&](const Finding& f) { return f.severity >= threshold; });
    return worse ? exit_code::findings : exit_code::clean;
}

}  // namespace

Action add_diff_command(CLI::App& app) {
    auto args = std::make_shared<DiffArgs>();
    CLI::App* cmd = app.add_subcommand("diff", "Compare two versions of a draft: findings resolved, new and persisting, by section.");
    cmd->add_option("previous", args->previous, "The earlier draft")->required();
    cmd->add_option("current", args->current, "The later draft")->required();
    cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    cmd->add_option("--kind", args->kind, "Agreement kind to assume when a draft does not say")
        ->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    cmd->add_option("--fail-on", args->fail_on, "Exit 1 when a new finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "advice"}))
        ->capture_default_str();
    CLI::Option* config = cmd->add_option("--config", args->config.config, "The configuration file (default: the later draft's draftcheck.json, found upwards)");
    cmd->add_option("--reviewer", args->config.reviewer, "Your reviewer profile, $XDG_CONFIG_HOME/draftcheck/NAME.json")
        ->excludes(config);
    return [args](std::ostream& out, std::ostream& err) { return run_diff(*args, out, err); };
}

}  // namespace draftcheck
