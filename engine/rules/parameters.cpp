#include "rules/parameters.h"

#include <filesystem>

#include "load/json_file.h"

namespace draftcheck {

Parameters Parameters::load(const std::string& dir, const std::string& shown_dir) {
    Parameters out;
    out.shown_dir_ = shown_dir;
    for (const auto& kind : kAgreementKinds) {
        const std::string path = dir + "/" + kind + ".json";
        nlohmann::json values = nlohmann::json::object();
        if (std::filesystem::exists(path)) {
            JsonFile file = read_json_file(path);
            if (!file.document.is_object()) file.fail("", "a parameters file is an object of {\"name\": {\"value\": ...}} entries");
            for (const auto& item : file.document.items()) {
                if (!item.value().is_object() || !item.value().contains("value"))
                    file.fail("/" + item.key(), "the parameter \"" + item.key() + "\" needs a \"value\"");
                values[item.key()] = item.value()["value"];
            }
            out.entries_[kind] = std::move(file.document);
        }
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
