#include <memory>

#include "check/installation.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/home.h"

namespace draftcheck {
namespace {

struct ConfigArgs {
    ConfigChoice config;
    std::string draft;
};

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// One line per setting, each saying where its value comes from.
int show_config(const ConfigArgs& args, std::ostream& out) {
    const Installation installation = Installation::for_command(args.config, args.draft, {});
    const Config& config = installation.config;
    const std::string from = config.files.empty() ? "default" : joined(config.files);
    out << "configuration file: "
        << (config.file.empty() ? "none (no --config, and no draftcheck.json in the draft's folder or above it)" : config.file) << "\n";
    if (config.files.size() > 1) out << "configuration files, outermost first: " << from << "\n";
    const Home home = draftcheck_home();
    out << "home: " << home.path << " (" << home.how << ")\n";
    out << "folder configurations trusted: " << (config.trust_local_config ? "yes" : "no (\"trust_local_config\": false)") << "\n";
    for (const auto& item : config.not_trusted) out << "not applied, not trusted: " << item << "\n";
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
    CLI::Option* config = show->add_option("--config", args->config.config, "The configuration file (default: draftcheck.json in the draft's folder or above)");
    show->add_option("--reviewer", args->config.reviewer, "Your reviewer profile, $XDG_CONFIG_HOME/draftcheck/NAME.json")
        ->excludes(config);
    show->add_option("draft", args->draft, "A draft or folder, to find its configuration (default: the working directory)");
    return [args](std::ostream& out, std::ostream&) { return show_config(*args, out); };
}

}  // namespace draftcheck
