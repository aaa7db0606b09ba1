#include "config/config.h"

#include <algorithm>
#include <filesystem>

#include "core/error.h"
#include "core/nearest_name.h"
#include "load/json_file.h"
#include "schema/schema_checker.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

std::string resolve(const std::string& config_file, const std::string& relative) {
    const fs::path path(relative);
    return path.is_absolute() ? relative : (fs::path(config_file).parent_path() / path).lexically_normal().generic_string();
}

RuleSetting read_setting(const nlohmann::json& value) {
    RuleSetting setting;
    if (value.is_string()) {
        const std::string word = value;
        if (word == "off" || word == "on") setting.enabled = word == "on";
        else setting.severity = parse_severity(word), setting.enabled = true;
        return setting;
    }
    if (value.contains("enabled")) setting.enabled = value["enabled"].get<bool>();
    if (value.contains("severity")) setting.severity = parse_severity(value["severity"].get<std::string>());
    if (value.contains("params")) setting.params = value["params"];
    if (value.contains("override_stock")) setting.override_stock = value["override_stock"].get<bool>();
    return setting;
}

}  // namespace

Config load_config(const std::string& path, const std::string& home, bool reviewer) {
    const JsonFile file = read_json_file(path);
    const SchemaChecker checker = SchemaChecker::load(home + "/schemas/config.schema.json", "the configuration");
    const auto problems = checker.check(file.document);
    if (!problems.empty()) file.fail(problems.front().pointer, problems.front().message + " " + problems.front().suggestion);

    Config config;
    config.file = path;
    config.files = {path};
    config.document = file.document;
    const nlohmann::json& doc = file.document;
    if (doc.contains("trust_local_config")) {
        if (!reviewer)
            file.fail("/trust_local_config", "trust_local_config is the reviewer's choice, read only from --config or a --reviewer profile, "
                                             "not from a draft's folder");
        config.trust_local_config = doc["trust_local_config"].get<bool>();
    }
    if (doc.contains("root")) config.root = doc["root"].get<bool>();
    const std::string folder = fs::path(path).parent_path().generic_string();
    if (doc.contains("ignore"))
        for (const auto& glob : doc["ignore"]) config.ignore.push_back({folder, glob.get<std::string>()});
    if (doc.contains("kind")) config.kind = doc["kind"].get<std::string>();
    if (doc.contains("rule_dirs"))
        for (std::size_t i = 0; i < doc["rule_dirs"].size(); ++i) {
            const std::string resolved = resolve(path, doc["rule_dirs"][i].get<std::string>());
            const std::string at = "/rule_dirs/" + std::to_string(i);
            std::error_code ec;
            if (!fs::is_directory(resolved, ec)) file.fail(at, "the rule folder " + resolved + " does not exist");
            if (fs::canonical(resolved, ec) == "/") file.fail(at, "the rule folder " + resolved + " is the root of the file system; name the folder that holds the rule files");
            config.rule_dirs.push_back(resolved);
        }
    if (doc.contains("rules"))
        for (const auto& item : doc["rules"].items()) config.settings.rules[item.key()] = read_setting(item.value());
    if (doc.contains("params")) config.settings.kind_params = doc["params"];
    if (doc.contains("government_office")) config.office = doc["government_office"];
    if (doc.contains("exceptions_file")) {
        config.exceptions_file = resolve(path, doc["exceptions_file"].get<std::string>());
        if (!fs::is_regular_file(config.exceptions_file))
            file.fail("/exceptions_file", "the exceptions file " + config.exceptions_file + " does not exist");
    }
    return config;
}

Config merge_configs(Config outer, const Config& inner) {
    outer.file = inner.file;
    outer.files.insert(outer.files.end(), inner.files.begin(), inner.files.end());
    if (inner.kind) outer.kind = inner.kind;
    outer.rule_dirs.insert(outer.rule_dirs.end(), inner.rule_dirs.begin(), inner.rule_dirs.end());
    for (const auto& [id, setting] : inner.settings.rules) {
        RuleSetting& merged = outer.settings.rules[id];
        if (setting.enabled) merged.enabled = setting.enabled;
        if (setting.severity) {
            merged.severity = setting.severity;
            if (!inner.raise_only.contains(id)) outer.raise_only.erase(id);
        }
        merged.params.update(setting.params);
    }
    outer.raise_only.insert(inner.raise_only.begin(), inner.raise_only.end());
    outer.settings.kind_params.update(inner.settings.kind_params, true);
    if (!inner.office.is_null()) outer.office = inner.office;
    if (!inner.exceptions_file.empty()) outer.exceptions_file = inner.exceptions_file;
    outer.ignore.insert(outer.ignore.end(), inner.ignore.begin(), inner.ignore.end());
    outer.root = outer.root || inner.root;
    outer.trust_local_config = outer.trust_local_config && inner.trust_local_config;
    outer.not_trusted.insert(outer.not_trusted.end(), inner.not_trusted.begin(), inner.not_trusted.end());
    outer.document = inner.document;
    return outer;
}

Config distrust(const Config& local) {
    Config kept = local;
    const std::string from = " (" + local.file + ")";
    for (auto& [id, setting] : kept.settings.rules) {
        if (setting.enabled == false) kept.not_trusted.push_back("rule " + id + " off" + from), setting.enabled.reset();
        if (!setting.params.empty()) kept.not_trusted.push_back("rule " + id + " parameters" + from), setting.params = nlohmann::json::object();
        if (setting.severity) kept.raise_only.insert(id);
    }
    if (!kept.settings.kind_params.empty()) kept.not_trusted.push_back("parameters" + from);
    if (!kept.office.is_null()) kept.not_trusted.push_back("government office profile" + from);
    if (!kept.exceptions_file.empty()) kept.not_trusted.push_back("exceptions file " + kept.exceptions_file + from);
    if (!kept.rule_dirs.empty()) kept.not_trusted.push_back("rule folders" + from);
    if (!kept.ignore.empty()) kept.not_trusted.push_back("ignore globs" + from);
    kept.rule_dirs.clear();
    kept.ignore.clear();
    kept.settings.kind_params = nlohmann::json::object();
    kept.office = nullptr;
    kept.exceptions_file.clear();
    return kept;
}

void check_config_rules(const Config& config, const std::vector<std::string>& known_ids) {
    for (const auto& path : config.files) {
        const JsonFile file = read_json_file(path);
        if (!file.document.contains("rules")) continue;
        for (const auto& item : file.document["rules"].items()) {
            const std::string& id = item.key();
            if (std::find(known_ids.begin(), known_ids.end(), id) != known_ids.end()) continue;
            const auto guess = nearest_name(id, known_ids);
            file.fail("/rules/" + id, "there is no rule \"" + id + "\"" + (guess ? "; did you mean \"" + *guess + "\"?" : "") +
                                         " (draftcheck rules list shows them all)");
        }
    }
}

void check_config_params(const Config& config, const Parameters& parameters) {
    if (config.file.empty()) return;
    const JsonFile file = read_json_file(config.file);
    if (config.settings.kind_params.is_object())
        for (const auto& [kind, values] : config.settings.kind_params.items())
            for (const auto& [name, value] : values.items())
                if (auto problem = parameters.problem_with(kind, name, value); !problem.empty()) file.fail("/params/" + kind + "/" + name, problem);
    for (const auto& [id, setting] : config.settings.rules)
        if (setting.params.is_object())
            for (const auto& [name, value] : setting.params.items())
                if (auto problem = parameters.problem_with("", name, value); !problem.empty()) file.fail("/rules/" + id + "/params/" + name, problem);
}

}  // namespace draftcheck
