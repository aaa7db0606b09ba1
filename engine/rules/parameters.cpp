#include "rules/parameters.h"

#include <filesystem>

#include "load/json_file.h"

namespace draftcheck {

namespace {

// The entries of one parameters file, or an empty object when there is none.
nlohmann::json read_entries(const std::string& path) {
    if (!std::filesystem::exists(path)) return nlohmann::json::object();
    JsonFile file = read_json_file(path);
    if (!file.document.is_object()) file.fail("", "a parameters file is an object of {\"name\": {\"value\": ...}} entries");
    for (const auto& item : file.document.items()) {
        if (!item.value().is_object() || !item.value().contains("value"))
            file.fail("/" + item.key(), "the parameter \"" + item.key() + "\" needs a \"value\"");
    }
    return std::move(file.document);
}

}  // namespace

Parameters Parameters::load(const std::string& dir, const std::string& shown_dir) {
    Parameters out;
    out.shown_dir_ = shown_dir;
    const nlohmann::json common = read_entries(dir + "/common.json");
    for (const auto& kind : kAgreementKinds) {
        nlohmann::json entries = common;
        const nlohmann::json own = read_entries(dir + "/" + kind + ".json");
        for (const auto& item : own.items()) entries[item.key()] = item.value();
        nlohmann::json values = nlohmann::json::object();
        for (const auto& item : entries.items()) values[item.key()] = item.value()["value"];
        out.entries_[kind] = std::move(entries);
        out.values_[kind] = std::move(values);
    }
    return out;
}

const nlohmann::json& Parameters::values(const std::string& kind) const {
    static const nlohmann::json empty = nlohmann::json::object();
    const auto it = values_.find(kind);
    return it == values_.end() ? empty : it->second;
}

const nlohmann::json* Parameters::entry(const std::string& kind, const std::string& name) const {
    const auto it = entries_.find(kind);
    if (it == entries_.end() || !it->second.contains(name)) return nullptr;
    return &it->second[name];
}

}  // namespace draftcheck
