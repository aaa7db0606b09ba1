#include "schema/schema_messages.h"

#include <algorithm>
#include <cctype>

#include "core/json_pointer.h"
#include "core/nearest_name.h"

namespace draftcheck {
namespace {

using nlohmann::json;

std::string to_pointer(const std::vector<std::string>& tokens) {
    std::string out;
    for (const auto& t : tokens) out += "/" + pointer_token(t);
    return out;
}

bool is_index(const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](unsigned char c) { return std::isdigit(c); });
}

const json* resolve(const json& schema, const json* node) {
    for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 16; ++hops) {
        const auto& ref = (*node)["$ref"];
        if (!ref.is_string() || !ref.get<std::string>().starts_with("#")) return node;
        const json::json_pointer target(ref.get<std::string>().substr(1));
        node = schema.contains(target) ? &schema.at(target) : nullptr;
    }
    return node;
}

// The subschema describing the value at `tokens`, following properties, items and $ref.
const json* subschema_at(const json& schema, const std::vector<std::string>& tokens) {
    const json* node = resolve(schema, &schema);
    for (const auto& token : tokens) {
        if (!node || !node->is_object()) return nullptr;
        const json* next = nullptr;
        if (node->contains("properties") && (*node)["properties"].contains(token)) next = &(*node)["properties"][token];
        else if (node->contains("items") && is_index(token)) next = &(*node)["items"];
        else if (node->contains("additionalProperties") && (*node)["additionalProperties"].is_object())
            next = &(*node)["additionalProperties"];
        node = resolve(schema, next);
    }
    return node;
}

std::string schema_string(const json* node, const char* key) {
    return node && node->is_object() && node->contains(key) && (*node)[key].is_string() ? (*node)[key].get<std::string>() : "";
}

std::string preview(const json& value) {
    switch (value.type()) {
        case json::value_t::string: {
            std::string s = value.get<std::string>();
            if (s.size() > 40) s = s.substr(0, 37) + "...";
            return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
        }
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::null: return "null";
        default: return value.dump();
    }
}

std::string expected_type(const json* sub) {
    static const std::pair<const char*, const char*> names[] = {
        {"string", "text in quotes"}, {"number", "a number"},          {"integer", "a whole number"},
        {"boolean", "true or false"}, {"object", "an object { ... }"}, {"array", "a list [ ... ]"}};
    const std::string type = schema_string(sub, "type");
    for (const auto& [name, words] : names)
        if (type == name) return words;
    return "another type";
}

std::string join_quoted(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "\"" : ", \"") + w + "\"";
    return out;
}

// How an officer would name the entity holding `tokens`: 'indicator "ind-3"', 'the agreement',
// 'the baseline of indicator "ind-3"'.
std::string entity_name(const json& schema, const json& draft, const std::vector<std::string>& tokens, const std::string& root) {
    std::string name = root;
    std::string listed;  // the nearest entity that is an item of a list, such as an indicator
    const json* value = &draft;
    std::vector<std::string> path;
    for (const auto& token : tokens) {
        path.push_back(token);
        if (value->is_array() && is_index(token) && std::stoul(token) < value->size()) value = &(*value)[std::stoul(token)];
        else if (value->is_object() && value->contains(token)) value = &(*value)[token];
        else break;
        const std::string title = schema_string(subschema_at(schema, path), "title");
        if (title.empty() || !value->is_object()) continue;
        if (!is_index(token)) {
            name = listed.empty() ? title : title + " of " + listed;
            continue;
        }
        const bool has_id = value->contains("id") && (*value)["id"].is_string();
        listed = title + " " + (has_id ? preview((*value)["id"]) : std::to_string(std::stoul(token) + 1));
        name = listed;
    }
    return name;
}

std::string quoted_between(const std::string& text, char quote) {
    const auto first = text.find(quote);
    const auto last = text.rfind(quote);
    return first == std::string::npos || last <= first ? "" : text.substr(first + 1, last - first - 1);
}

}  // namespace

SchemaMessage word_schema_error(const std::vector<std::string>& tokens, const std::string& text, const json& schema,
                                const json& draft, const std::string& root) {
    const json* sub = subschema_at(schema, tokens);
    const std::string description = schema_string(sub, "description");
    const json::json_pointer where(to_pointer(tokens));
    const json* value = draft.contains(where) ? &draft.at(where) : nullptr;
    const std::string field = tokens.empty() ? root : is_index(tokens.back())
                                                                ? "item " + std::to_string(std::stoul(tokens.back()) + 1)
                                                                : "\"" + tokens.back() + "\"";
    const std::string shown = value ? preview(*value) : "missing";
    std::vector<std::string> parent(tokens.begin(), tokens.end() - (tokens.empty() ? 0 : 1));
    const std::string in = tokens.empty() ? "" : " in " + entity_name(schema, draft, parent, root);

    if (text.starts_with("Missing required property")) {
        const std::string missing = quoted_between(text, '\'');
        const std::string what = schema_string(subschema_at(schema, [&] { auto t = tokens; t.push_back(missing); return t; }()), "description");
        return {to_pointer(tokens), entity_name(schema, draft, tokens, root) + " has no \"" + missing + "\", which is required.",
                "Add \"" + missing + "\"." + (what.empty() ? "" : " " + what)};
    }
    if (text.starts_with("Object contains a property")) {
        const std::string unknown = quoted_between(text.substr(text.find(':')), '\'');
        std::vector<std::string> known;
        if (sub && sub->contains("properties"))
            for (const auto& item : (*sub)["properties"].items()) known.push_back(item.key());
        const std::string guess = nearest_name(unknown, known).value_or("");
        auto at = tokens;
        at.push_back(unknown);
        return {to_pointer(at), "\"" + unknown + "\" is not a field of " + entity_name(schema, draft, tokens, root) + ".",
                guess.empty() ? "Remove it, or use one of the fields allowed here: " + join_quoted(known) + "."
                              : "Did you mean \"" + guess + "\"?"};
    }
    if (text.starts_with("Value type not permitted")) {
        const std::string expected = expected_type(sub);
        // A value that may take several shapes (oneOf) has no one type to name: its description says which.
        if (expected == "another type") return {where.to_string(), field + in + " is " + shown + ", which is not allowed here.", description};
        std::string what = description;
        if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        return {where.to_string(), field + in + " should be " + expected + ", not " + shown + ".",
                "Write " + expected + " here" + (what.empty() ? "." : ": " + what)};
    }
    if (text.starts_with("Failed to match against any enum")) {
        std::vector<std::string> allowed;
        if (sub && sub->contains("enum"))
            for (const auto& v : (*sub)["enum"]) allowed.push_back(v.is_string() ? v.get<std::string>() : v.dump());
        const std::string guess = value && value->is_string() ? nearest_name(value->get<std::string>(), allowed).value_or("") : "";
        return {where.to_string(), field + in + " is " + shown + ", which is not one of the allowed values.",
                (guess.empty() ? "" : "Did you mean \"" + guess + "\"? ") + "Use one of: " + join_quoted(allowed) + "."};
    }
    if (text.starts_with("Failed to match expected value set by 'const'")) {
        return {where.to_string(), field + in + " is " + shown + ".",
                "It should be " + (sub && sub->contains("const") ? (*sub)["const"].dump() : std::string("the fixed value")) + "."};
    }
    if (text.starts_with("Failed to match regex") || text.starts_with("String should be a valid date")) {
        return {where.to_string(), field + in + " is " + shown + ", which is not in the expected form.",
                description.empty() ? "Check the format in docs/draft-format.md." : description};
    }
    // Lengths, ranges and counts: valijson's own sentence says the limit plainly enough.
    std::string limit = text;
    if (!limit.empty() && limit.back() == '.') limit.pop_back();
    if (!limit.empty()) limit[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(limit[0])));
    return {where.to_string(), field + in + " is " + shown + ": " + limit + ".", description};
}

}  // namespace draftcheck
