#include <memory>

#include "check/check_draft.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "report/render.h"

namespace draftcheck {
namespace {

struct CheckArgs {
    std::vector<std::string> files;
    std::string format = "text";
    std::string fail_on = "error";
    std::vector<std::string> rule_dirs;
    std::string kind;
};

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::load(default_home(), args.rule_dirs);
    CheckOptions options;
    if (!args.kind.empty()) options.kind = args.kind;
    std::vector<DraftReport> reports;
    for (const auto& file : args.files) reports.push_back(check_draft(installation, file, options));

    if (args.format == "json") render_json(reports, out);
    else if (args.format == "list") render_list(reports, out, err);
    else render_text(reports, installation.rules.sections(), out, err);

    const Severity threshold = *parse_severity(args.fail_on);
    int code = exit_code::clean;
    for (const auto& report : reports) {
        if (!report.checked) return exit_code::unusable;
        for (const auto& f : report.findings)
            if (f.severity >= threshold) code = exit_code::findings;
    }
    return code;
}

}  // namespace

Action add_check_command(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* cmd = app.add_subcommand("check", "Check draft agreements (JSON files) and report findings.");
    cmd->add_option("files", args->files, "Draft files to check")->required();
    cmd->add_option("--format", args->format, "Output: text (by section), list (one line each) or json")
        ->check(CLI::IsMember({"text", "list", "json"}))
        ->capture_default_str();
    cmd->add_option("--fail-on", args->fail_on, "Exit 1 when a finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "advice"}))
        ->capture_default_str();
    cmd->add_option("--rules", args->rule_dirs, "Another folder of rule files, run after rules/ (repeatable)");
    cmd->add_option("--kind", args->kind, "Agreement kind to assume when a draft does not say")
        ->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    return [args](std::ostream& out, std::ostream& err) { return run_check(*args, out, err); };
}

}  // namespace draftcheck
