#include "rules/parameters.h"

#include <filesystem>

#include "load/json_file.h"

namespace draftcheck {
namespace {

using nlohmann::json;

std::string shape_name(const json& v) {
    if (v.is_number_integer()) return "a whole number";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "text";
    if (v.is_boolean()) return "true or false";
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
}

// "" when `value` has the shape of `stock`, else what is wrong, naming the place below the parameter.
std::string shape_problem(const json& stock, const json& value, const std::string& where) {
    const bool whole = value.is_number_integer() || (value.is_number_float() && value.get<double>() == static_cast<double>(static_cast<long long>(value.get<double>())));
    const bool fits = stock.is_null() || (stock.is_number_integer() ? whole : stock.is_number() ? value.is_number() : stock.type() == value.type());
    if (!fits) return where + "is " + shape_name(stock) + " in the stock parameters (" + stock.dump() + "), not " + shape_name(value) + " (" + value.dump() + ")";
    if (stock.is_array() && !stock.empty())
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto p = shape_problem(stock[0], value[i], where + "item " + std::to_string(i + 1) + " "); !p.empty()) return p;
    if (stock.is_object())
        for (const auto& [key, member] : value.items())
            if (stock.contains(key))
                if (auto p = shape_problem(stock[key], member, where + "\"" + key + "\" "); !p.empty()) return p;
    return "";
}

}  // namespace

std::string Parameters::problem_with(const std::string& kind, const std::string& name, const json& value) const {
    std::string problem = "there is no parameter \"" + name + "\" in " + (kind.empty() ? shown_dir_ : file_for(kind));
    for (const auto& [each, values] : values_) {
        if ((!kind.empty() && each != kind) || !values.contains(name)) continue;
        problem = shape_problem(values[name], value, "");
        if (problem.empty()) return "";
        problem = "the parameter \"" + name + "\" " + problem;
    }
    return problem;
}

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
