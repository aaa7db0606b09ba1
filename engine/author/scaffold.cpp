#include "author/scaffold.h"

#include <cctype>
#include <optional>
#include <vector>


namespace draftcheck {
namespace {

using nlohmann::ordered_json;  // the schema, read keeping its order, which the draft follows

const ordered_json* resolve(const ordered_json& schema, const ordered_json* node) {
    for (int hops = 0; node && node->contains("$ref") && hops < 16; ++hops) {
        const ordered_json::json_pointer target((*node)["$ref"].get<std::string>().substr(1));
        node = schema.contains(target) ? &schema.at(target) : nullptr;
    }
    return node;
}

std::string text_of(const ordered_json* node, const char* key) {
    return node && node->contains(key) && (*node)[key].is_string() ? (*node)[key].get<std::string>() : "";
}

class Builder {
public:
    explicit Builder(const ordered_json& schema) : schema_(schema) {}

    // The placeholder for the property `node` (unresolved, so its own description counts) named
    // `name` in a list called `list`, or nothing when only a typed value would do.
    std::optional<ordered_json> placeholder(const ordered_json& node, const std::string& name, const std::string& list) {
        const ordered_json* r = resolve(schema_, &node);
        if (!r) return std::nullopt;
        if (r->contains("const")) return ordered_json((*r)["const"]);
        if (name == "id") return ordered_json(list + "-1");
        if (r->contains("enum") || r->contains("pattern") || r->contains("format") || r->contains("minLength")) return std::nullopt;
        const std::string type = text_of(r, "type");
        if (type == "string") return ordered_json("");
        if (type == "array") {
            ordered_json items = ordered_json::array();
            if (r->contains("items"))
                if (const ordered_json* item = resolve(schema_, &(*r)["items"]); item && text_of(item, "type") == "object")
                    if (auto entity = object(*item, name); entity && has_required(*item, *entity)) items.push_back(std::move(*entity));
            return items;
        }
        if (type == "object") return object(*r, list);
        return std::nullopt;
    }

    std::optional<ordered_json> object(const ordered_json& node, const std::string& list) {
        ordered_json out = ordered_json::object();
        if (!node.contains("properties")) return std::nullopt;
        for (const auto& [key, property] : node["properties"].items())
            if (key != "$schema")
                if (auto value = placeholder(property, key, list)) out[key] = std::move(*value);
        return out;
    }

    static bool has_required(const ordered_json& node, const ordered_json& entity) {
        if (node.contains("required"))
            for (const auto& key : node["required"])
                if (!entity.contains(key.get<std::string>())) return false;
        return true;
    }

private:
    const ordered_json& schema_;
};

// The property node at `pointer` (unresolved), and the object node holding it.
const ordered_json* property_at(const ordered_json& schema, const std::string& pointer) {
    const ordered_json* node = &schema;
    const ordered_json* property = nullptr;
    std::vector<std::string> tokens;
    for (auto p = ordered_json::json_pointer(pointer); !p.empty(); p = p.parent_pointer()) tokens.insert(tokens.begin(), p.back());
    for (const auto& token : tokens) {
        node = resolve(schema, node);
        if (!node) return nullptr;
        if (!token.empty() && std::isdigit(static_cast<unsigned char>(token[0])) && node->contains("items")) property = &(*node)["items"];
        else if (node->contains("properties") && (*node)["properties"].contains(token)) property = &(*node)["properties"][token];
        else return nullptr;
        node = property;
    }
    return property;
}

std::string describe(const ordered_json& schema, const ordered_json& property) {
    const ordered_json* r = resolve(schema, &property);
    std::string text = text_of(&property, "description");
    if (text.empty()) text = text_of(r, "description");
    if (r && r->contains("enum")) {
        std::string choices;
        for (const auto& v : (*r)["enum"]) choices += (choices.empty() ? "" : ", ") + v.get<std::string>();
        text += (text.empty() ? "" : " ") + std::string("One of: ") + choices + ".";
    }
    return text;
}

// What a field that needs a typed value looks like, for the comment listing it.
std::string example(const ordered_json& schema, const ordered_json& property) {
    const ordered_json* r = resolve(schema, &property);
    if (!r) return "";
    if (r->contains("enum")) return (*r)["enum"][0].get<std::string>();
    if (text_of(r, "format") == "date") return "YYYY-MM-DD";
    if (text_of(r, "pattern") == "^[0-9]{4}/[0-9]{2}$") return "YYYY/YY";
    const std::string type = text_of(r, "type");
    if (type == "number" || type == "integer") return "0";
    if (type == "boolean") return "false";
    return "\"\"";
}

}  // namespace

Scaffold make_scaffold(const ordered_json& schema, const std::string& kind, const std::string& area) {
    ordered_json draft = Builder(schema).object(schema, "").value_or(ordered_json::object());
    // The kind first: it decides which rules apply.
    ordered_json agreement = {{"kind", kind}};
    for (auto& [key, value] : draft["agreement"].items()) agreement[key] = std::move(value);
    agreement["area"] = area;
    draft["agreement"] = std::move(agreement);

    Scaffold scaffold;
    scaffold.draft = std::move(draft);
    scaffold.comments.above = [&schema](const std::string& pointer) {
        const ordered_json* property = property_at(schema, pointer);
        return property ? describe(schema, *property) : std::string();
    };
    // The fields left out, each as a commented-out line with its description.
    const ordered_json& written = scaffold.draft;
    scaffold.comments.after = [&schema, written](const std::string& pointer) {
        const ordered_json* node = pointer.empty() ? &schema : property_at(schema, pointer);
        node = node ? resolve(schema, node) : nullptr;
        if (!node || !node->contains("properties")) return std::string();
        const ordered_json& present = written.at(ordered_json::json_pointer(pointer));
        std::string out;
        for (const auto& [key, property] : (*node)["properties"].items()) {
            if (present.contains(key) || key == "$schema") continue;
            out += (out.empty() ? "" : "\n") + std::string("when known: ") + key + ": " + example(schema, property) + "  (" + describe(schema, property) + ")";
        }
        return out;
    };
    return scaffold;
}

}  // namespace draftcheck
