#include <filesystem>
#include <memory>

#include "check/installation.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "rules/rule_tests.h"

namespace draftcheck {
namespace {

struct RulesArgs {
    std::string kind;
    std::string test_dir;
};

int list_rules(const RulesArgs& args, std::ostream& out, std::ostream& err) {
    const Installation installation = Installation::load(default_home(), {});
    const RuleListing listing = installation.rules.list();
    for (const auto& f : listing.failures) err << "error: " << f.message << "\n";
    for (const auto& rule : listing.rules) {
        if (!args.kind.empty() && !rule.applies_to(args.kind)) continue;
        out << rule.id << "\t" << rule.section << "\t" << severity_name(rule.severity) << "\t" << rule.title << "\n";
    }
    return listing.failures.empty() ? exit_code::clean : exit_code::unusable;
}

int test_rules(const RulesArgs& args, std::ostream& out) {
    const std::string home = default_home();
    std::error_code ec;
    // A folder other than the built-in rules/ is loaded beside it, and only its rules are tested.
    const bool extra = !args.test_dir.empty() && !std::filesystem::equivalent(args.test_dir, home + "/rules", ec);
    const Installation installation = Installation::load(home, extra ? std::vector<std::string>{args.test_dir} : std::vector<std::string>{});
    const std::string under = extra ? std::filesystem::path(args.test_dir).lexically_normal().generic_string() + "/" : "";
    const RuleTestSummary summary = run_rule_tests(installation.rules, under, out);
    return summary.failed == 0 ? exit_code::clean : exit_code::findings;
}

}  // namespace

Action add_rules_command(CLI::App& app) {
    auto args = std::make_shared<RulesArgs>();
    CLI::App* cmd = app.add_subcommand("rules", "Work with the rule files: list them, run their tests.");
    cmd->require_subcommand(1);
    CLI::App* list = cmd->add_subcommand("list", "List the rules: id, section, severity, title.");
    list->add_option("--kind", args->kind, "Only rules for this kind of agreement")->check(CLI::IsMember({"lpsa2", "laa", "laa2008"}));
    CLI::App* test = cmd->add_subcommand("test", "Run the tests kept beside each rule (<name>.test.json).");
    test->add_option("dir", args->test_dir, "Test only the rules in this folder");
    return [args, list](std::ostream& out, std::ostream& err) {
        return list->parsed() ? list_rules(*args, out, err) : test_rules(*args, out);
    };
}

}  // namespace draftcheck
