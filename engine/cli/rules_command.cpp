#include <filesystem>
#include <memory>

#include "check/installation.h"
#include "core/home.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/nearest_name.h"
#include "report/escape.h"
#include "rules/rule_docs.h"
#include "rules/rule_explain.h"
#include "rules/rule_scaffold.h"
#include "rules/rule_tests.h"

namespace draftcheck {
namespace {

struct RulesArgs {
    std::string kind;
    std::string format = "text";
    std::string dir;      // test: the folder to test; new: the folder to create in
    std::string rule_id;  // explain ID, new ID, test --rule ID
    std::string output;
    ConfigChoice config;
};

// Rules that cannot be loaded are named on standard error; the command then exits 2.
RuleListing load_listing(const Installation& installation, std::ostream& err) {
    RuleListing listing = installation.rules.list();
    for (const auto& f : listing.failures) err << "error: " << escape::field(f.message) << "\n";
    return listing;
}

int unknown_rule(const std::string& id, const std::vector<RuleFile>& files, std::ostream& err) {
    std::vector<std::string> ids;
    for (const auto& file : files) ids.push_back(file.expected_id);
    err << "error: there is no rule \"" << id << "\"";
    if (const auto near = nearest_name(id, ids)) err << "; did you mean \"" << *near << "\"?";
    err << " (draftcheck rules list shows them all)\n";
    return exit_code::unusable;
}

int list_rules(const RulesArgs& args, std::ostream& out, std::ostream& err) {
    // The effective configuration: rules switched off are left out, severities as configured.
    const Installation installation = Installation::for_command(args.config, "", {});
    const RuleListing listing = load_listing(installation, err);
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const auto& rule : listing.rules) {
        if (!args.kind.empty() && !rule.applies_to(args.kind)) continue;
        if (args.format == "json") rules.push_back(rule_meta_json(rule));
        else out << rule.id << "\t" << rule.section << "\t" << severity_name(rule.severity) << "\t" << rule.title << "\n";
    }
    if (args.format == "json") out << rules.dump(2) << "\n";
    return listing.failures.empty() ? exit_code::clean : exit_code::unusable;
}

int explain_command(const RulesArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::load(draftcheck_home().path, {});
    const RuleListing listing = installation.rules.list();
    for (const auto& rule : listing.rules) {
        if (rule.id != args.rule_id) continue;
        explain_rule(installation.rules, rule, out);
        return exit_code::clean;
    }
    for (const auto& file : installation.rules.files()) {
        if (file.expected_id != args.rule_id) continue;
        load_listing(installation, err);  // the rule exists but cannot be loaded: say why
        return exit_code::unusable;
    }
    return unknown_rule(args.rule_id, installation.rules.files(), err);
}

// A folder other than the built-in rules/ is loaded beside it, and only its rules are tested.
int test_rules(const std::string& dir, const std::string& only_id, std::ostream& out, std::ostream& err) {
    const std::string home = draftcheck_home().path;
    std::error_code ec;
    const bool extra = !dir.empty() && !std::filesystem::equivalent(dir, home + "/rules", ec);
    const Installation installation = Installation::load(home, extra ? std::vector<std::string>{dir} : std::vector<std::string>{});
    const std::string under = extra ? std::filesystem::path(dir).lexically_normal().generic_string() + "/" : "";
    if (!only_id.empty()) {
        std::vector<RuleFile> tested;
        for (const auto& file : installation.rules.files())
            if (file.shown.starts_with(under)) tested.push_back(file);
        if (std::none_of(tested.begin(), tested.end(), [&](const RuleFile& f) { return f.expected_id == only_id; }))
            return unknown_rule(only_id, tested, err);
    }
    const RuleTestSummary summary = run_rule_tests(installation.rules, under, only_id, out);
    return summary.failed == 0 ? exit_code::clean : exit_code::findings;
}

// Into the working directory or the --rules folder, never into an installed rule pack.
int new_rule(const RulesArgs& args, std::ostream& out, std::ostream& err) {
    const Home home = draftcheck_home();
    const std::string dir = args.dir.empty() ? "." : args.dir;
    const std::filesystem::path target = std::filesystem::weakly_canonical(std::filesystem::absolute(dir));
    const std::filesystem::path installed = std::filesystem::weakly_canonical(home.path);
    if (home.installed && !target.lexically_relative(installed).empty() && *target.lexically_relative(installed).begin() != "..")
        throw InputError({dir}, "is inside draftcheck's installed files (" + home.path +
                                    "), which rules new never changes: create the rule in a folder of your own (run it there, or give --rules DIR)");
    const SourceDir built_in{home.path + "/rules", "rules"};
    const std::string shown = std::filesystem::path(dir).lexically_normal().generic_string();
    const ScaffoldPlace place{dir, shown == "." ? "." : shown};
    const Scaffolded made = scaffold_rule(args.rule_id, place, home.path + "/rules/templates",
                                          find_rule_files({built_in, {place.dir, place.shown_dir}}));
    std::error_code ec;
    const bool into_pack = std::filesystem::equivalent(dir, built_in.path, ec);
    const std::string test_command = "draftcheck rules test " + (into_pack ? "" : shown + " ") + "--rule " + args.rule_id;
    out << "Created " << made.rule_shown << " and " << made.test_shown << ".\n"
        << "It is a working example: it reports an indicator with no title. Now make it yours:\n"
        << "  1. in " << made.rule_shown << ", change the title, section, severity, kinds, guidance, rationale and the check function;\n"
        << "  2. in " << made.test_shown << ", change the cases to show what the rule must and must not report;\n"
        << "  3. run " << test_command << "\n";
    if (!into_pack)
        out << "Check drafts with it: draftcheck check --rules " << shown << " DRAFT.json (or name the folder in a draftcheck.json's "
            << "\"rule_dirs\")\n";
    out << "Its tests now:\n";
    return test_rules(into_pack ? "" : dir, args.rule_id, out, err);
}

int write_catalogue(const RulesArgs& args, std::ostream& out, std::ostream& err) {
    // The effective configuration: rules switched off are left out, severities as configured.
    const Installation installation = Installation::for_command(args.config, "", {});
    const RuleListing listing = load_listing(installation, err);
    // A catalogue missing a broken rule would look complete: refuse instead.
    if (!listing.failures.empty()) return exit_code::unusable;
    const std::string text = rules_catalogue(listing.rules, installation.rules.sections(), installation.rules.parameters());
    if (args.output.empty()) {
        out << text;
        return exit_code::clean;
    }
    write_file_atomically(args.output, text);
    out << "Wrote the catalogue of " << listing.rules.size() << " rules to " << args.output << ".\n";
    return exit_code::clean;
}

}  // namespace

Action add_rules_command(CLI::App& app) {
    auto args = std::make_shared<RulesArgs>();
    CLI::App* cmd = app.add_subcommand("rules", "Work with the rule files: list, explain, test, create and document them.");
    cmd->require_subcommand(1);
    CLI::App* list = cmd->add_subcommand("list", "List the rules: id, section, severity, title.");
    list->add_option("--config", args->config.config, "The configuration file (default: draftcheck.json here or above)");
    list->add_option("--kind", args->kind, "Only rules for this kind of agreement")->check(CLI::IsMember(kAgreementKinds));
    list->add_option("--format", args->format, "text (default): one line per rule; json: the metadata of each rule")
        ->check(CLI::IsMember({"text", "json"}));
    CLI::App* explain = cmd->add_subcommand("explain", "Explain one rule: what it checks, why, its parameters and an example.");
    explain->add_option("id", args->rule_id, "The rule's id, as in rules list")->required();
    CLI::App* test = cmd->add_subcommand("test", "Run the tests kept beside each rule (<name>.test.json).");
    test->add_option("dir", args->dir, "Test only the rules in this folder");
    test->add_option("--rule", args->rule_id, "Test only this rule");
    CLI::App* create = cmd->add_subcommand("new", "Create a rule and its tests, from the template, in the working directory or --rules DIR.");
    create->add_option("id", args->rule_id, "The new rule's id, <group>.<name>: it goes in <group>/<name>.lua here")->required();
    create->add_option("--rules", args->dir, "Create it in this rules folder instead of the working directory");
    CLI::App* doc = cmd->add_subcommand("doc", "Write the guidance catalogue (every rule, by section) as Markdown.");
    doc->add_option("--output", args->output, "Write it to this file (whole or not at all) instead of standard output");
    return [=](std::ostream& out, std::ostream& err) {
        if (list->parsed()) return list_rules(*args, out, err);
        if (explain->parsed()) return explain_command(*args, out, err);
        if (create->parsed()) return new_rule(*args, out, err);
        if (doc->parsed()) return write_catalogue(*args, out, err);
        return test_rules(args->dir, args->rule_id, out, err);
    };
}

}  // namespace draftcheck
