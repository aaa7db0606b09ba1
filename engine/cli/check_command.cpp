#include <filesystem>
#include <memory>
#include <sstream>

#include "check/check_draft.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "report/render.h"

namespace draftcheck {
namespace {

struct CheckArgs {
    std::vector<std::string> files;
    std::string format = "text";
    std::string fail_on = "error";
    std::vector<std::string> rule_dirs;
    std::string kind;
    std::string output;
};

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::load(default_home(), args.rule_dirs);
    CheckOptions options;
    if (!args.kind.empty()) options.kind = args.kind;
    std::vector<DraftReport> reports;
    for (const auto& file : args.files) reports.push_back(check_draft(installation, file, options));

    if (args.output.empty()) {
        render(args.format, {reports, installation}, out, err);
    } else {
        for (const auto& file : args.files)
            if (std::filesystem::exists(file) && std::filesystem::equivalent(file, args.output))
                throw InputError({args.output}, "--output names one of the drafts being checked; draftcheck never writes to its input");
        std::ostringstream text;
        render(args.format, {reports, installation}, text, err);
        write_file_atomically(args.output, text.str());
    }

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
    cmd->add_option("--format", args->format, "Output format: text (by section), list (one line each), json, ...")
        ->check(CLI::IsMember(output_formats()))
        ->capture_default_str();
    cmd->add_option("--output", args->output, "Write the report to this file (whole or not at all) instead of standard output");
    cmd->add_option("--fail-on", args->fail_on, "Exit 1 when a finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "advice"}))
        ->capture_default_str();
    cmd->add_option("--rules", args->rule_dirs, "Another folder of rule files, run after rules/ (repeatable)");
    cmd->add_option("--kind", args->kind, "Agreement kind to assume when a draft does not say")
        ->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    return [args](std::ostream& out, std::ostream& err) { return run_check(*args, out, err); };
}

}  // namespace draftcheck
