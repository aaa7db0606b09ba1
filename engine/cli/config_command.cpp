#include <memory>

#include "check/installation.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace draftcheck {
namespace {

struct ConfigArgs {
    std::string config;
    std::vector<std::string> drafts;
};

// One line per setting, each saying where its value comes from.
int show_config(const ConfigArgs& args, std::ostream& out) {
    const Installation installation = Installation::for_command(args.config, args.drafts, {});
    const Config& config = installation.config;
    const std::string from = config.file.empty() ? "default" : config.file;
    out << "configuration file: " << (config.file.empty() ? "none (no --config, and no draftcheck.json beside the draft or here)" : config.file)
        << "\n";
    out << "home: " << installation.home << " (" << (std::getenv("DRAFTCHECK_HOME") ? "DRAFTCHECK_HOME" : "where draftcheck was built")
        << ")\n";
    out << "rule folders: rules (built in)";
    for (const auto& dir : config.rule_dirs) out << ", " << dir << " (" << from << ")";
    out << "\n";
    out << "kind when a draft does not say: " << (config.kind ? *config.kind + " (" + from + ")" : "none: the draft must say, or pass --kind")
        << "\n";
    const RuleSettings& settings = installation.rules.settings();
    for (const auto& [id, setting] : settings.rules) {
        out << "rule " << id << ":";
        if (setting.enabled) out << (*setting.enabled ? " on" : " off");
        if (setting.severity) out << " severity " << severity_name(*setting.severity);
        for (const auto& item : setting.params.items()) out << " " << item.key() << "=" << item.value().dump();
        out << " (" << from << ")\n";
    }
    for (const auto& kind : kAgreementKinds)
        for (const auto& item : installation.rules.parameters().values(kind).items()) {
            const bool overridden = settings.kind_params.contains(kind) && settings.kind_params[kind].contains(item.key());
            const auto& value = overridden ? settings.kind_params[kind][item.key()] : item.value();
            std::string shown = value.dump();
            if (shown.size() > 60) shown = value.is_array() ? "a list of " + std::to_string(value.size()) + " entries" : shown.substr(0, 57) + "...";
            out << "parameter " << kind << "." << item.key() << " = " << shown << " ("
                << (overridden ? from : installation.rules.parameters().file_for(kind)) << ")\n";
        }
    out << "government office profile: " << (config.office.is_null() ? "from letter/offices.json for the draft's office" : config.office.dump() + " (" + from + ")")
        << "\n";
    out << "agreed exceptions file: " << (config.exceptions_file.empty() ? "none" : config.exceptions_file + " (" + from + ")") << "\n";
    return exit_code::clean;
}

}  // namespace

Action add_config_command(CLI::App& app) {
    auto args = std::make_shared<ConfigArgs>();
    CLI::App* cmd = app.add_subcommand("config", "Show the effective configuration.");
    cmd->require_subcommand(1);
    CLI::App* show = cmd->add_subcommand("show", "Print every setting in force and where it comes from.");
    show->add_option("--config", args->config, "The configuration file (default: draftcheck.json beside the draft, or here)");
    show->add_option("drafts", args->drafts, "A draft, to find the draftcheck.json beside it");
    return [args](std::ostream& out, std::ostream&) { return show_config(*args, out); };
}

}  // namespace draftcheck
