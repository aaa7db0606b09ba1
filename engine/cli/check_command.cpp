#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>
#include <thread>

#include "check/batch.h"
#include "check/compare.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "report/render.h"

namespace draftcheck {
namespace {

struct CheckArgs {
    std::vector<std::string> files;
    std::string format = "letter";  // the Government Office response is what draftcheck is for
    std::string fail_on = "error";
    std::vector<std::string> rule_dirs;
    std::string kind;
    std::string output;
    std::string previous;
    std::string config;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    bool summary = false;
};

// "checked 120/1000 drafts" on one line of a terminal, for batches long enough to wait on.
Progress progress_line(std::size_t total) {
    if (total < 20 || !isatty(STDERR_FILENO)) return {};
    return [](std::size_t done, std::size_t all) {
        if (done == all) std::fprintf(stderr, "\r%*s\r", 40, "");
        else if (done % 10 == 0) std::fprintf(stderr, "\rchecked %zu/%zu drafts", done, all);
    };
}

void render_report(const CheckArgs& args, const RenderContext& context, std::ostream& out, std::ostream& err) {
    if (args.summary) render_summary(context.reports, context.installation.rules.sections(), out);
    else render(args.format, context, out, err);
}

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::for_command(args.config, args.files, args.rule_dirs);
    const CheckOptions options = installation.check_options(args.kind);
    const std::vector<std::string> files = expand_inputs(args.files);
    if (!args.output.empty())
        for (const auto& file : files)
            if (std::filesystem::exists(file) && std::filesystem::equivalent(file, args.output))
                throw InputError({args.output}, "--output names one of the drafts being checked; draftcheck never writes to its input");
    const std::vector<DraftReport> reports = check_files(installation, files, options, args.jobs, progress_line(files.size()));

    // --previous: what this draft resolved, added and kept since the earlier one.
    std::vector<FindingChanges> changes;
    if (!args.previous.empty()) {
        if (files.size() != 1) throw InputError({args.previous}, "--previous compares one draft with its earlier version; give one draft");
        const DraftReport earlier = check_draft(installation, args.previous, options);
        if (!earlier.checked) throw InputError({args.previous}, "the previous draft could not be checked: " + earlier.error);
        changes.push_back(compare_findings(earlier, reports.front()));
    }
    const RenderContext context{reports, installation, changes.empty() ? nullptr : &changes};

    if (args.output.empty()) {
        render_report(args, context, out, err);
    } else {
        std::ostringstream text;
        render_report(args, context, text, err);
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
    cmd->add_option("files", args->files, "Draft files to check, or folders of them (every .json file below)")->required();
    cmd->add_option("--format", args->format, "Output: letter (the Government Office response, Markdown), text (by section), list (one line each), json, html, sarif")
        ->check(CLI::IsMember(output_formats()))
        ->capture_default_str();
    cmd->add_option("--jobs,-j", args->jobs, "Drafts checked at once (default: one per core); the output is the same for any value")
        ->check(CLI::Range(1u, 256u));
    cmd->add_flag("--summary", args->summary, "One row per draft (area, kind, stage, counts, key issues) instead of --format");
    cmd->add_option("--config", args->config, "The configuration file (default: draftcheck.json beside the first draft, or here)");
    cmd->add_option("--previous", args->previous, "The draft's previous version: the letter says which comments it resolved");
    cmd->add_option("--output", args->output, "Write the report to this file (whole or not at all) instead of standard output");
    cmd->add_option("--fail-on", args->fail_on, "Exit 1 when a finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "advice"}))
        ->capture_default_str();
    cmd->add_option("--rules", args->rule_dirs, "Another folder of rule files, run after rules/ (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--kind", args->kind, "Agreement kind to assume when a draft does not say")
        ->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    return [args](std::ostream& out, std::ostream& err) { return run_check(*args, out, err); };
}

}  // namespace draftcheck
