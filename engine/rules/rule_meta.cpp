#include "rules/rule_meta.h"

#include <algorithm>
#include <set>

#include "core/nearest_name.h"
#include "rules/message_template.h"
#include "rules/parameters.h"

namespace draftcheck {
namespace {

const std::set<std::string> kFields = {"id", "title", "section", "severity", "kinds", "guidance", "rationale", "params", "messages", "check"};
constexpr int kUnknownFieldsShown = 5;

// Raw reads only: this runs outside any protected call, where a metamethod's error (a read-only
// table's missing key, kept from ctx.params) would abort the process.
int raw_field(lua_State* L, int table, const char* field) {
    lua_pushstring(L, field);
    return lua_rawget(L, table);
}

bool read_text(lua_State* L, int table, const char* field, std::string& out) {
    raw_field(L, table, field);
    const bool ok = lua_type(L, -1) == LUA_TSTRING && lua_rawlen(L, -1) > 0;
    if (ok) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    return ok;
}

// A list of strings; false if the field is there but is not such a list.
bool read_list(lua_State* L, int table, const char* field, std::vector<std::string>& out) {
    const int type = raw_field(L, table, field);
    bool ok = type == LUA_TNIL || type == LUA_TTABLE;
    if (type == LUA_TTABLE) {
        const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n && ok; ++i) {
            ok = lua_rawgeti(L, -1, i) == LUA_TSTRING;
            if (ok) out.emplace_back(lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return ok;
}

// One template of a message entry; its problem, if any, is added to `problems`.
void read_template(lua_State* L, int entry, const std::string& id, const char* field, bool required, std::string& out,
                   std::vector<std::string>& problems) {
    const int type = raw_field(L, entry, field);
    if (type == LUA_TSTRING) out = lua_tostring(L, -1);
    lua_pop(L, 1);
    const std::string where = "the message \"" + id + "\"";
    if (type != LUA_TSTRING && (required || type != LUA_TNIL)) {
        problems.push_back(where + " needs \"" + field + "\" as text");
        return;
    }
    if (const std::string problem = template_problem(out); !problem.empty())
        problems.push_back(where + (std::string(field) == "message" ? "" : std::string(" (its ") + field + ")") + ": " + problem);
}

// `messages = { ["missing-baseline"] = "..." or { message = "...", suggestion = "..." }, ... }`.
void read_messages(lua_State* L, int table, RuleMeta& out, std::vector<std::string>& problems) {
    const int type = raw_field(L, table, "messages");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        problems.push_back("\"messages\" must be a table of message id = text or { message = ..., suggestion = ... }");
        return;
    }
    const int messages = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, messages)) {
        const int entry = lua_gettop(L);
        if (lua_type(L, -2) != LUA_TSTRING || !is_message_id(lua_tostring(L, -2))) {
            problems.push_back(std::string("the message id ") + (lua_type(L, -2) == LUA_TSTRING ? "\"" + std::string(lua_tostring(L, -2)) + "\"" : "key") +
                               " is not lower-case words joined by hyphens, naming the kind of finding (\"missing-baseline\")");
            lua_pop(L, 1);
            continue;
        }
        const std::string id = lua_tostring(L, -2);
        RuleMessage message;
        if (lua_type(L, entry) == LUA_TSTRING) {
            message.message = lua_tostring(L, entry);
            if (const std::string problem = template_problem(message.message); !problem.empty())
                problems.push_back("the message \"" + id + "\": " + problem);
        } else if (lua_type(L, entry) == LUA_TTABLE) {
            read_template(L, entry, id, "message", true, message.message, problems);
            read_template(L, entry, id, "suggestion", false, message.suggestion, problems);
            lua_pushnil(L);
            while (lua_next(L, entry)) {
                lua_pop(L, 1);
                const bool known = lua_type(L, -1) == LUA_TSTRING && (std::string(lua_tostring(L, -1)) == "message" ||
                                                                    std::string(lua_tostring(L, -1)) == "suggestion");
                if (!known) problems.push_back("the message \"" + id + "\" has a field other than message and suggestion");
            }
        } else {
            problems.push_back("the message \"" + id + "\" must be text or { message = ..., suggestion = ... }");
        }
        out.messages.emplace(id, std::move(message));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

}  // namespace

bool RuleMeta::applies_to(const std::string& kind) const {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::vector<std::string> read_rule_meta(lua_State* L, int index, const RuleFile& file, const Sections& sections, RuleMeta& out) {
    std::vector<std::string> problems;
    if (!lua_istable(L, index)) {
        problems.push_back(std::string("the file must end with `return { id = ..., check = function(draft, ctx) ... end }`; it returned a ") +
                           luaL_typename(L, index));
        return problems;
    }
    index = lua_absindex(L, index);
    out.file = file.shown;

    int unknown = 0;
    lua_pushnil(L);
    while (lua_next(L, index)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING && kFields.count(lua_tostring(L, -1))) continue;
        if (++unknown <= kUnknownFieldsShown)  // a table of 400,000 stray fields must not make a 50 MB message
            problems.push_back(std::string("unknown field ") + (lua_type(L, -1) == LUA_TSTRING ? "\"" + std::string(lua_tostring(L, -1)) + "\"" : "key") +
                               "; the fields are id, title, section, severity, kinds, guidance, rationale, params, messages and check");
    }
    if (unknown > kUnknownFieldsShown) problems.push_back(std::to_string(unknown - kUnknownFieldsShown) + " more unknown fields");
    if (!read_text(L, index, "id", out.id)) problems.push_back("\"id\" is missing; it should be \"" + file.expected_id + "\"");
    else if (out.id != file.expected_id)
        problems.push_back("the id \"" + out.id + "\" does not match the file's place; it should be \"" + file.expected_id + "\"");
    if (!read_text(L, index, "title", out.title)) problems.push_back("\"title\" is missing");
    if (!read_text(L, index, "section", out.section)) problems.push_back("\"section\" is missing");
    else if (!sections.find(out.section)) {
        std::vector<std::string> ids;
        for (const auto& s : sections.all()) ids.push_back(s.id);
        const auto guess = nearest_name(out.section, ids);
        problems.push_back("the section \"" + out.section + "\" is not one of those in rules/sections.json" +
                           (guess ? " (did you mean \"" + *guess + "\"?)" : ""));
    }
    std::string severity;
    if (!read_text(L, index, "severity", severity) || !parse_severity(severity))
        problems.push_back("\"severity\" must be \"error\", \"warning\" or \"advice\"");
    else out.severity = *parse_severity(severity);
    if (!read_list(L, index, "kinds", out.kinds) || out.kinds.empty()) problems.push_back("\"kinds\" must list the agreement kinds it applies to");
    for (const auto& kind : out.kinds)
        if (std::find(kAgreementKinds.begin(), kAgreementKinds.end(), kind) == kAgreementKinds.end()) {
            const auto guess = nearest_name(kind, kAgreementKinds);
            problems.push_back("the kind \"" + kind + "\" is not one of lpsa2, laa, laa2008" + (guess ? " (did you mean \"" + *guess + "\"?)" : ""));
        }
    if (!read_text(L, index, "guidance", out.guidance)) problems.push_back("\"guidance\" is missing: every rule cites the guidance it encodes");
    if (!read_text(L, index, "rationale", out.rationale)) problems.push_back("\"rationale\" is missing");
    if (!read_list(L, index, "params", out.params)) problems.push_back("\"params\" must be a list of parameter names");
    read_messages(L, index, out, problems);
    raw_field(L, index, "check");
    if (!lua_isfunction(L, -1)) problems.push_back("\"check\" must be a function(draft, ctx)");
    lua_pop(L, 1);
    return problems;
}

nlohmann::ordered_json rule_meta_json(const RuleMeta& rule) {
    return {{"id", rule.id},
            {"title", rule.title},
            {"section", rule.section},
            {"severity", severity_name(rule.severity)},
            {"kinds", rule.kinds},
            {"guidance", rule.guidance},
            {"rationale", rule.rationale},
            {"params", rule.params},
            {"file", rule.file}};
}

}  // namespace draftcheck
