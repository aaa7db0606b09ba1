#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "check/compare.h"
#include "check/configured_batch.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/home.h"
#include "core/limits.h"
#include "core/read_input.h"
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
    ConfigChoice config;
    std::vector<std::string> ignore;
    std::string stdin_filename;
    std::string color = "auto";
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    int max_warnings = -1;  // no limit
    bool summary = false;
    bool quiet = false;
    bool prompts = false;  // the reviewer-mode prompts in the letter
    std::vector<std::string> interim;  // "YYYY-MM-DD:what must be ready"
};

// --interim 2005-12-09:"reward element details" -> the date and what it covers.
LetterOptions letter_options(const CheckArgs& args) {
    LetterOptions options;
    options.reviewer = args.prompts;
    for (const auto& given : args.interim) {
        const std::size_t colon = given.find(':');
        const std::string date = given.substr(0, colon);
        const bool dated = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                           std::all_of(date.begin(), date.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
        if (colon == std::string::npos || !dated || colon + 1 >= given.size())
            throw InputError({"--interim"}, "takes DATE:WHAT, such as 2005-12-09:\"reward element details\"; got \"" + given + "\"");
        options.interim.push_back({date, given.substr(colon + 1)});
    }
    return options;
}

// "checked 120/1000 drafts" on one line of a terminal, for batches long enough to wait on.
Progress progress_line(std::size_t total) {
    if (total < 20 || !isatty(STDERR_FILENO)) return {};
    return [](std::size_t done, std::size_t all) {
        if (done == all) std::fprintf(stderr, "\r%*s\r", 40, "");
        else if (done % 10 == 0) std::fprintf(stderr, "\rchecked %zu/%zu drafts", done, all);
    };
}

// --color auto: colour when standard output is a terminal and NO_COLOR is not set (no-color.org).
bool use_colour(const CheckArgs& args, const std::ostream& out) {
    if (args.color != "auto") return args.color == "always";
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return args.output.empty() && &out == &std::cout && isatty(STDOUT_FILENO);
}

// The draft "-", read whole from standard input and named by --stdin-filename in messages.
std::unique_ptr<SourceText> read_standard_input(const CheckArgs& args) {
    if (std::count(args.files.begin(), args.files.end(), "-") == 0) return nullptr;
    const std::string name = args.stdin_filename.empty() ? "<stdin>" : args.stdin_filename;
    return std::make_unique<SourceText>(SourceText::from_string(name, read_input("-", limits::max_draft_bytes, name)));
}

void render_report(const CheckArgs& args, const RenderContext& context, std::ostream& out, std::ostream& err) {
    if (args.summary) render_summary(args.format, context, out);
    else render(args.format, context, out, err);
}

// What an untrusted folder configuration said that was not applied, once per configuration.
void note_not_trusted(const ConfiguredBatch& batch, std::ostream& err) {
    for (const auto& installation : batch.installations) {
        const auto& dropped = installation->config.not_trusted;
        if (dropped.empty()) continue;
        err << "draftcheck: not applied, because the reviewer's configuration does not trust the drafts' folders "
               "(\"trust_local_config\": false):";
        for (const auto& item : dropped) err << "\n  " << item;
        err << "\n";
    }
}

// A rule that could not run is the installation's problem, not the council's: it is told on standard
// error whatever the format. Returns whether there was one.
bool report_rule_failures(const std::vector<DraftReport>& reports, std::ostream& err) {
    bool rule_failed = false;
    for (const auto& report : reports)
        for (const auto& f : report.findings)
            if (f.rule == "engine.rule-failed") {
                err << report.file << ": error: " << f.message << " [" << f.rule << "]\n";
                rule_failed = true;
            }
    return rule_failed;
}

// 2 wins over 3, and 3 over 1.
int exit_code_for(const CheckArgs& args, const std::vector<DraftReport>& reports, std::ostream& err) {
    const bool rule_failed = report_rule_failures(reports, err);
    const Severity threshold = *parse_severity(args.fail_on);
    int code = exit_code::clean;
    int warnings = 0;
    for (const auto& report : reports) {
        if (!report.checked) return exit_code::unusable;
        warnings += report.count(Severity::warning);
        for (const auto& f : report.findings)
            if (f.severity >= threshold) code = exit_code::findings;
    }
    if (args.max_warnings >= 0 && warnings > args.max_warnings) {
        err << "draftcheck: " << warnings << " warnings, more than --max-warnings " << args.max_warnings << "\n";
        code = exit_code::findings;
    }
    return rule_failed ? exit_code::rule_failed : code;
}

// --output may be nothing this check reads: a draft, --previous, a configuration or exceptions
// file, or anything below the rule, schema and letter folders. Compared by identity (device and
// inode), so a symbolic or hard link to an input is caught too.
void refuse_output_over_input(const CheckArgs& args, const ConfiguredBatch& batch) {
    std::vector<std::string> inputs = batch.files;
    for (const auto& installation : batch.installations) {
        const std::vector<std::string> read = installation->files_read(args.rule_dirs);
        inputs.insert(inputs.end(), read.begin(), read.end());
    }
    if (!args.previous.empty()) inputs.push_back(args.previous);
    std::error_code ec;
    for (const auto& file : inputs)
        if (file != "-" && std::filesystem::equivalent(file, args.output, ec))
            throw InputError({args.output}, "--output names " + file + ", which this check reads; draftcheck never writes to its input");
}

int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err) {
    const LetterOptions letter = letter_options(args);
    const std::string home = draftcheck_home().path;
    const ConfiguredBatch batch = plan_batch({args.files, args.config, args.rule_dirs, args.ignore, args.stdin_filename}, home);
    if (!args.output.empty()) refuse_output_over_input(args, batch);
    const std::unique_ptr<SourceText> standard_input = read_standard_input(args);
    note_not_trusted(batch, err);
    std::vector<DraftReport> reports = check_batch(batch, args.kind, standard_input.get(), args.jobs, progress_line(batch.files.size()));
    if (args.quiet)  // errors only: warnings and advice are neither shown nor counted
        for (auto& report : reports)
            std::erase_if(report.findings, [](const Finding& f) { return f.severity != Severity::error; });

    // --previous: what this draft resolved, added and kept since the earlier one.
    const Installation& installation = *batch.installations.front();
    std::vector<FindingChanges> changes;
    if (!args.previous.empty()) {
        if (reports.size() != 1) throw InputError({args.previous}, "--previous compares one draft with its earlier version; give one draft");
        const DraftReport earlier = check_draft(installation, args.previous, installation.check_options(args.kind));
        if (!earlier.checked) throw InputError({args.previous}, "the previous draft could not be checked: " + earlier.error);
        changes.push_back(compare_findings(earlier, reports.front()));
    }
    std::vector<const Installation*> installation_of;  // each draft's own, for its letter's office profile and its rules
    for (const std::size_t i : batch.installation_of) installation_of.push_back(batch.installations[i].get());
    const RenderContext context{reports, installation, changes.empty() ? nullptr : &changes, Palette{use_colour(args, out)}, letter, installation_of};

    if (args.output.empty()) {
        render_report(args, context, out, err);
    } else {
        std::ostringstream text;
        render_report(args, context, text, err);
        write_file_atomically(args.output, text.str());
    }
    return exit_code_for(args, reports, err);
}

}  // namespace

Action add_check_command(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    CLI::App* cmd = app.add_subcommand("check", "Check draft agreements (JSON or YAML files) and report findings.");
    cmd->add_option("files", args->files, "Draft files to check, folders of them (every .json, .yaml and .yml file below), or - for standard input")
        ->required();
    std::vector<std::string> formats = output_formats();
    formats.push_back("csv");
    CLI::Option* format =
        cmd->add_option("--format", args->format, "Output: letter (the Government Office response, Markdown), text (by section), list (one line each), json, html, sarif, "
                       "junit (JUnit XML), github (GitHub Actions annotations); with --summary: text, json or csv")
            ->check(CLI::IsMember(formats))
            ->capture_default_str();
    cmd->add_option("--jobs,-j", args->jobs, "Drafts checked at once (default: one per core); the output is the same for any value")
        ->check(CLI::Range(1u, 256u));
    cmd->add_flag("--summary", args->summary, "One row per draft (area, Government Office, kind, stage, judgement, counts, key issues) and the totals, as --format text (default), json or csv");
    // --summary draws a table of its own, in text unless --format asks for json or csv; csv is only a summary.
    cmd->final_callback([args, format] {
        const auto& summary = summary_formats();
        if (args->summary && format->count() == 0) args->format = "text";
        else if (args->summary && std::find(summary.begin(), summary.end(), args->format) == summary.end())
            throw CLI::ValidationError("--format", "--summary prints text, json or csv, not " + args->format);
        else if (!args->summary && args->format == "csv")
            throw CLI::ValidationError("--format", "csv is the --summary table's format: add --summary");
    });
    CLI::Option* config = cmd->add_option("--config", args->config.config, "The configuration for every draft (default: each draft's draftcheck.json, found upwards from its folder)");
    cmd->add_option("--reviewer", args->config.reviewer, "Your reviewer profile, $XDG_CONFIG_HOME/draftcheck/NAME.json, applied over the drafts' own configuration")
        ->excludes(config);
    cmd->add_option("--ignore", args->ignore, "Leave out files below the given folders that match this glob (repeatable)")->allow_extra_args(false);
    cmd->add_option("--stdin-filename", args->stdin_filename, "The name the draft read from - (standard input) has, in messages and to find its configuration");
    cmd->add_option("--previous", args->previous, "The draft's previous version: the letter says which comments it resolved");
    cmd->add_option("--output", args->output, "Write the report to this file (whole or not at all) instead of standard output");
    cmd->add_flag("--prompts", args->prompts, "A Government Office reviewer's letter: marked prompts for what no rule can judge");
    cmd->add_option("--interim", args->interim, "An interim target date for filling gaps, DATE:WHAT (repeatable)")->allow_extra_args(false);
    cmd->add_option("--fail-on", args->fail_on, "Exit 1 when a finding is at least this severe")
        ->check(CLI::IsMember({"error", "warning", "advice"}))
        ->capture_default_str();
    cmd->add_option("--max-warnings", args->max_warnings, "Exit 1 when there are more than this many warnings in all")->check(CLI::NonNegativeNumber);
    cmd->add_flag("--quiet,-q", args->quiet, "Errors only: warnings and advice are neither shown nor counted");
    cmd->add_option("--color", args->color, "Colour in text and list: auto (on a terminal, unless NO_COLOR is set), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    cmd->add_option("--rules", args->rule_dirs, "Another folder of rule files, run after rules/ (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--kind", args->kind, "Agreement kind to assume when a draft does not say")
        ->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    return [args](std::ostream& out, std::ostream& err) { return run_check(*args, out, err); };
}

}  // namespace draftcheck
