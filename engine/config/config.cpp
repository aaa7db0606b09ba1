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
    return setting;
}

}  // namespace

std::string find_config(const std::string& explicit_path, const std::vector<std::string>& drafts) {
    if (!explicit_path.empty()) return explicit_path;
    std::error_code ec;
    if (!drafts.empty()) {
        const fs::path first(drafts.front());
        const fs::path folder = fs::is_directory(first, ec) ? first : first.parent_path();
        const fs::path beside = folder.empty() ? fs::path("draftcheck.json") : folder / "draftcheck.json";
        if (fs::is_regular_file(beside, ec)) return beside.generic_string();
    }
    return fs::is_regular_file("draftcheck.json", ec) ? "draftcheck.json" : "";
}

Config load_config(const std::string& path, const std::string& home) {
    const JsonFile file = read_json_file(path);
    const SchemaChecker checker = SchemaChecker::load(home + "/schemas/config.schema.json", "the configuration");
    const auto problems = checker.check(file.document);
    if (!problems.empty()) file.fail(problems.front().pointer, problems.front().message + " " + problems.front().suggestion);

    Config config;
    config.file = path;
    config.document = file.document;
    const nlohmann::json& doc = file.document;
    if (doc.contains("kind")) config.kind = doc["kind"].get<std::string>();
    if (doc.contains("rule_dirs"))
        for (const auto& dir : doc["rule_dirs"]) {
            const std::string resolved = resolve(path, dir.get<std::string>());
            if (!fs::is_directory(resolved)) file.fail("/rule_dirs", "the rule folder " + resolved + " does not exist");
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

void check_config_rules(const Config& config, const std::vector<std::string>& known_ids) {
    if (config.file.empty()) return;
    const JsonFile file = read_json_file(config.file);
    for (const auto& [id, setting] : config.settings.rules) {
        if (std::find(known_ids.begin(), known_ids.end(), id) != known_ids.end()) continue;
        const auto guess = nearest_name(id, known_ids);
        file.fail("/rules/" + id, "there is no rule \"" + id + "\"" + (guess ? "; did you mean \"" + *guess + "\"?" : "") +
                                     " (draftcheck rules list shows them all)");
    }
}

}  // namespace draftcheck
