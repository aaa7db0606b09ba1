#include "cli/suggest.h"

#include <algorithm>

#include "core/nearest_name.h"

namespace draftcheck {
namespace {

std::string path_of(const CLI::App* app) {
    std::string path;
    for (const CLI::App* at = app; at; at = at->get_parent()) path = at->get_name() + (path.empty() ? "" : " " + path);
    return path;
}

// The option `name` ("--format") of `app` or, as CLI11 lets options fall through, of its parents.
const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
    for (const CLI::App* at = app; at; at = at->get_parent())
        if (const CLI::Option* opt = at->get_option_no_throw(name)) return opt;
    return nullptr;
}

std::vector<std::string> long_options(const CLI::App* app) {
    std::vector<std::string> names;
    for (const CLI::App* at = app; at; at = at->get_parent())
        for (const CLI::Option* opt : at->get_options())
            for (const auto& name : opt->get_lnames()) names.push_back("--" + name);
    return names;
}

bool takes_positionals(CLI::App* app) {
    for (const CLI::Option* opt : app->get_options())
        if (opt->get_positional()) return true;
    return false;
}

std::string did_you_mean(const std::string& given, const std::vector<std::string>& known) {
    const auto near = nearest_name(given, known);
    return near ? "; did you mean \"" + *near + "\"?" : "";
}

}  // namespace

std::optional<std::string> unknown_word_message(CLI::App& app, const std::vector<std::string>& args) {
    CLI::App* at = &app;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word == "--") break;
        if (word.size() > 1 && word[0] == '-') {
            const std::string name = word.substr(0, word.find('='));
            const CLI::Option* opt = find_option(at, name);
            if (!opt && name.starts_with("--"))
                return "error: " + path_of(at) + " has no option " + name + did_you_mean(name, long_options(at)) + " (" + path_of(at) +
                       " --help lists them)";
            if (opt && opt->get_expected_max() > 0 && name.size() == word.size()) ++i;  // its value follows
            continue;
        }
        const auto subs = at->get_subcommands([](CLI::App*) { return true; });
        const auto sub = std::find_if(subs.begin(), subs.end(), [&](const CLI::App* s) { return s->get_name() == word; });
        if (sub != subs.end()) {
            at = *sub;
            continue;
        }
        if (subs.empty() || takes_positionals(at)) continue;
        std::vector<std::string> names;
        for (const CLI::App* sub : subs) names.push_back(sub->get_name());
        return "error: " + path_of(at) + " has no command \"" + word + "\"" + did_you_mean(word, names) + " (" + path_of(at) +
               " --help lists them)";
    }
    return std::nullopt;
}

}  // namespace draftcheck
