#include "rules/rule_session.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <string_view>

#include "core/json_pointer.h"
#include "core/limits.h"
#include "lua/budget.h"
#include "lua/draft_view.h"
#include "lua/lua_values.h"
#include "lua/read_only.h"
#include "rules/message_template.h"
#include "rules/rule_engine.h"

namespace draftcheck {
namespace {

// What ctx.report writes into while one rule runs. ctx.report reaches it through a box (a full
// userdata) that the session empties when the rule returns, so a report function kept by a helper
// library and called by a later rule raises an error instead of writing through a dead pointer.
struct Collector {
    const RuleMeta* meta;
    const Sections* sections;
    std::vector<Finding>* out;
};

// What a finding holds in C++ memory, charged to the rule's memory cap.
std::size_t bytes_of(const Finding& f) {
    return sizeof(Finding) + f.rule.size() + f.section.size() + f.pointer.size() + f.message.size() + f.suggestion.size() +
           f.guidance.size() + (f.block ? f.block->size() : 0);
}

std::string optional_text(lua_State* L, int table, const char* field, bool required = false) {
    const int type = lua_getfield(L, table, field);
    if (type != LUA_TNIL && type != LUA_TSTRING) luaL_error(L, "report{}: '%s' must be text", field);
    if (required && (type == LUA_TNIL || lua_rawlen(L, -1) == 0)) luaL_error(L, "report{}: '%s' is required", field);
    std::size_t length = 0;
    const char* text = type == LUA_TSTRING ? lua_tolstring(L, -1, &length) : "";
    std::string value(text, length);  // all of it: a NUL inside is shown by the renderers, not an end
    lua_pop(L, 1);
    if (value.size() > limits::max_message_bytes) value = value.substr(0, limits::max_message_bytes) + "...";
    return value;
}

// Value `name` of the data table at `data` (0: none) as message text: a string as it is, an integer
// without a decimal point, another number to 14 significant digits; nullopt when it gives none.
std::optional<std::string> data_value(lua_State* L, int data, std::string_view name) {
    if (data == 0) return std::nullopt;
    lua_pushlstring(L, name.data(), name.size());
    const int type = lua_rawget(L, data);  // raw: the data table is the rule's own, read without metamethods
    std::optional<std::string> value;
    if (type == LUA_TSTRING) value = lua_tostring(L, -1);
    else if (type == LUA_TNUMBER && lua_isinteger(L, -1)) value = std::to_string(lua_tointeger(L, -1));
    else if (type == LUA_TNUMBER) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.14g", lua_tonumber(L, -1));
        value = buffer;
    }
    lua_pop(L, 1);
    return value;
}

// The templates of message `id` filled from the data table at stack index `data` (0: none); or
// nullopt with an error message (located at the rule's line) pushed, when the rule has no such
// message or leaves a placeholder unfilled. The caller raises it once its own strings are gone.
std::optional<RuleMessage> filled_message(lua_State* L, const RuleMeta& meta, const char* id, int data) {
    const auto entry = meta.messages.find(id);
    std::string missing;
    std::optional<std::string> message, suggestion;
    if (entry != meta.messages.end()) {
        const auto lookup = [&](std::string_view name) { return data_value(L, data, name); };
        message = fill_template(entry->second.message, lookup, missing);
        if (message) suggestion = fill_template(entry->second.suggestion, lookup, missing);
    }
    if (!suggestion) {
        luaL_where(L, 1);
        if (entry == meta.messages.end()) lua_pushfstring(L, "the rule has no message \"%s\" in its messages", id);
        else lua_pushfstring(L, "the message \"%s\" uses {%s}, which the report's data does not give", id, missing.c_str());
        lua_concat(L, 2);
        return std::nullopt;
    }
    RuleMessage out{std::move(*message), std::move(*suggestion)};
    for (std::string* text : {&out.message, &out.suggestion})
        if (text->size() > limits::max_message_bytes) *text = text->substr(0, limits::max_message_bytes) + "...";
    return out;
}

// The stack index of the report's `data` table (left on the stack), 0 when it has none.
int data_table(lua_State* L, const char* caller) {
    const int type = lua_getfield(L, 1, "data");
    if (type == LUA_TNIL) return 0;
    if (type != LUA_TTABLE) luaL_error(L, "%s: 'data' must be a table of placeholder = text or number", caller);
    return lua_gettop(L);
}

// ctx.text(id, data): message `id` filled from `data`, for a rule that builds one value of a
// message from another entry of its messages (a list's words, an optional sentence).
int message_text(lua_State* L) {
    auto* collector = *static_cast<Collector**>(lua_touserdata(L, lua_upvalueindex(1)));
    if (!collector) return luaL_error(L, "text(): this ctx.text belongs to a rule that has returned; use your own ctx");
    const char* id = luaL_checkstring(L, 1);
    if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
    const bool filled = [&] {
        const std::optional<RuleMessage> text = filled_message(L, *collector->meta, id, lua_isnoneornil(L, 2) ? 0 : 2);
        if (text) lua_pushlstring(L, text->message.data(), text->message.size());
        return text.has_value();
    }();
    return filled ? 1 : lua_error(L);
}

int report_finding(lua_State* L) {
    auto* collector = *static_cast<Collector**>(lua_touserdata(L, lua_upvalueindex(1)));
    if (!collector) return luaL_error(L, "report{}: this ctx.report belongs to a rule that has returned; use your own ctx");
    luaL_checktype(L, 1, LUA_TTABLE);
    if (collector->out->size() >= limits::max_findings_per_rule)
        return luaL_error(L, "report{}: more than %d findings from one rule", static_cast<int>(limits::max_findings_per_rule));

    lua_getfield(L, 1, "node");
    std::optional<std::string> pointer = draft_pointer(L, -1);
    if (!pointer) return luaL_error(L, "report{}: 'node' must be an object or list of the draft, not a %s", luaL_typename(L, -1));
    lua_pop(L, 1);
    Finding f;
    f.pointer = std::move(*pointer);
    switch (lua_getfield(L, 1, "key")) {
        case LUA_TNIL: break;
        case LUA_TSTRING: f.pointer += "/" + pointer_token(lua_tostring(L, -1)); break;
        case LUA_TNUMBER:
            if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1) return luaL_error(L, "report{}: 'key' as a number is a 1-based index");
            f.pointer += "/" + std::to_string(lua_tointeger(L, -1) - 1);
            break;
        default: return luaL_error(L, "report{}: 'key' must be a field name or a 1-based index");
    }
    lua_pop(L, 1);

    const RuleMeta& meta = *collector->meta;
    f.rule = meta.id;
    f.section = meta.section;
    f.guidance = meta.guidance;
    if (lua_getfield(L, 1, "messageId") != LUA_TNIL) {
        if (!lua_isstring(L, -1)) return luaL_error(L, "report{}: 'messageId' must be text");
        f.message_id = lua_tostring(L, -1);
        std::optional<RuleMessage> text = filled_message(L, meta, f.message_id.c_str(), data_table(L, "report{}"));
        if (!text) return lua_error(L);
        f.message = std::move(text->message);
        f.suggestion = std::move(text->suggestion);
    } else {
        f.message = optional_text(L, 1, "message", true);
        f.suggestion = optional_text(L, 1, "suggestion");
    }
    lua_settop(L, 1);
    const std::string severity = optional_text(L, 1, "severity");
    f.severity = meta.severity;
    if (!severity.empty()) {
        if (!parse_severity(severity)) return luaL_error(L, "report{}: severity '%s' is not error, warning or advice", severity.c_str());
        f.severity = *parse_severity(severity);
    }
    if (std::string block = optional_text(L, 1, "block"); !block.empty()) f.block = std::move(block);
    // A rule may file one finding under another section, as GOEM raises reward measures' baselines
    // under "Reward targets" while other indicators' stay under "Indicators".
    if (std::string section = optional_text(L, 1, "section"); !section.empty()) {
        if (!collector->sections->find(section)) return luaL_error(L, "report{}: section '%s' is not in rules/sections.json", section.c_str());
        f.section = std::move(section);
    }
    charge_memory(L, bytes_of(f));
    collector->out->push_back(std::move(f));
    return 0;
}

// Lua's `{problem}; {problem}` for a rule editor.
std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) out += (out.empty() ? "" : "; ") + p;
    return out;
}

}  // namespace

RuleSession::RuleSession(const RuleEngine& engine) : engine_(engine), sandbox_(engine.limits_, engine.lib_dirs_) {
    lua_State* L = sandbox_.state();
    push_json_helpers(L);
    sandbox_.add_global("json");
    for (std::size_t i = 0; i < engine.files_.size(); ++i) {
        const RuleFile& file = engine.files_[i];
        const auto fail = [&](int line, const std::string& problem) {
            load_failures_.push_back(rule_failed(file.shown, line, file.expected_id, problem));
            load_failure_ids_.push_back(file.expected_id);
        };
        if (!engine.read_errors_[i].empty()) {
            fail(0, engine.read_errors_[i]);
            continue;
        }
        sandbox_.begin_rule();
        LuaOutcome outcome = sandbox_.load(engine.codes_[i], file.shown);
        if (!outcome.ok()) {
            fail(outcome.line, outcome.message);
            continue;
        }
        lua_pushvalue(L, -1);
        const int chunk_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        outcome = sandbox_.call(0, 1);
        if (!outcome.ok()) {
            luaL_unref(L, LUA_REGISTRYINDEX, chunk_ref);
            fail(outcome.line, outcome.message);
            continue;
        }
        RuleMeta meta;
        const auto problems = read_rule_meta(L, -1, file, engine.sections_, meta);
        lua_pop(L, 1);
        const auto earlier = std::find_if(compiled_.begin(), compiled_.end(), [&](const CompiledRule& r) { return r.meta.id == meta.id; });
        const auto setting = engine.settings_.rules.find(meta.id);
        const bool may_override = setting != engine.settings_.rules.end() && setting->second.override_stock;
        if (!problems.empty()) {
            fail(1, "its description is not complete: " + joined(problems));
        } else if (earlier != compiled_.end() && earlier->meta.file.rfind("rules/", 0) == 0 && may_override) {
            luaL_unref(L, LUA_REGISTRYINDEX, earlier->chunk_ref);  // the configuration chose this file over the stock one
            *earlier = {std::move(meta), chunk_ref};
            continue;
        } else if (earlier != compiled_.end() && earlier->meta.file.rfind("rules/", 0) == 0) {
            fail(1, "the stock rule " + earlier->meta.file + " already has the id \"" + meta.id +
                        "\"; another folder's rule replaces it only if draftcheck.json says so: \"rules\": {\"" + meta.id +
                        "\": {\"override_stock\": true}}");
        } else if (earlier != compiled_.end()) {
            fail(1, "another rule file already uses the id \"" + meta.id + "\"");
        } else {
            compiled_.push_back({std::move(meta), chunk_ref});
            continue;
        }
        luaL_unref(L, LUA_REGISTRYINDEX, chunk_ref);
    }
}

std::vector<RuleMeta> RuleSession::rules() const {
    std::vector<RuleMeta> out;
    for (const auto& rule : compiled_) out.push_back(rule.meta);
    return out;
}

LuaOutcome RuleSession::instantiate(const CompiledRule& rule) {
    lua_State* L = sandbox_.state();
    lua_rawgeti(L, LUA_REGISTRYINDEX, rule.chunk_ref);
    sandbox_.give_fresh_globals(-1);
    LuaOutcome outcome = sandbox_.call(0, 1);
    if (!outcome.ok()) return outcome;
    // Raw, and only from a table: this runs outside a protected call.
    if (lua_istable(L, -1)) {
        lua_pushliteral(L, "check");
        lua_rawget(L, -2);
    } else {
        lua_pushnil(L);
    }
    lua_remove(L, -2);
    if (!lua_isfunction(L, -1)) {
        lua_pop(L, 1);
        outcome.failure = LuaOutcome::Failure::error;
        outcome.message = "the file no longer returns a check function";  // it did when compiled
    }
    return outcome;
}

nlohmann::json RuleSession::kind_parameters(const std::string& kind) const {
    nlohmann::json values = engine_.parameters_.values(kind);
    const RuleSettings& settings = engine_.settings_;
    if (settings.kind_params.contains(kind)) values.update(settings.kind_params[kind]);
    return values;
}

void RuleSession::push_parameters(const nlohmann::json& values, const std::string& kind) {
    lua_State* L = sandbox_.state();
    push_json_value(L, values);
    push_read_only_copy(L, ("the parameter '%s' is not set in " + engine_.parameters_.file_for(kind)).c_str());
}

const RuleSession::KindParameters& RuleSession::parameters_for(const std::string& kind) {
    auto found = parameters_.find(kind);
    if (found == parameters_.end()) {
        KindParameters made{kind_parameters(kind), LUA_NOREF};
        push_parameters(made.values, kind);
        made.ref = luaL_ref(sandbox_.state(), LUA_REGISTRYINDEX);
        found = parameters_.emplace(kind, std::move(made)).first;
    }
    return found->second;
}

std::vector<Finding> RuleSession::run(const nlohmann::json& draft, const std::string& kind, const std::string& stage,
                                      const RuleRunOptions& options) {
    lua_State* L = sandbox_.state();
    const RuleEngine& engine = engine_;
    const RuleSettings& settings = engine.settings_;
    // A run with parameter values of its own (a rule's tests) converts them itself; the other runs
    // of a kind share one conversion, made before the draft's memory is measured below, so that the
    // rules have the same room on every draft, whichever came first.
    const bool own_values = options.param_overrides.is_object();
    const KindParameters* shared = own_values ? nullptr : &parameters_for(kind);
    // Garbage the previous draft left would otherwise count against this draft's rules: every
    // draft starts from the same heap, whichever worker checks it and whatever it checked before.
    lua_gc(L, LUA_GCCOLLECT);
    const std::size_t before = lua_gc(L, LUA_GCCOUNT);
    push_draft(L, draft);
    const int draft_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    // What a rule works out from a draft (and what helper libraries share) grows with the draft.
    const std::size_t draft_bytes = (static_cast<std::size_t>(lua_gc(L, LUA_GCCOUNT)) - before) * 1024;
    sandbox_.begin_draft(2 * draft_bytes, 8 * draft_bytes);
    sandbox_.forget_libraries();

    std::vector<Finding> findings;
    for (std::size_t i = 0; i < load_failures_.size(); ++i)
        if (!options.only_rule || load_failure_ids_[i] == *options.only_rule) findings.push_back(load_failures_[i]);
    nlohmann::json overridden;
    if (own_values) {
        overridden = kind_parameters(kind);
        overridden.update(options.param_overrides);
        push_parameters(overridden, kind);
    } else {
        lua_rawgeti(L, LUA_REGISTRYINDEX, shared->ref);
    }
    const nlohmann::json& params = own_values ? overridden : shared->values;
    const int params_ref = luaL_ref(L, LUA_REGISTRYINDEX);

    for (const auto& rule : compiled_) {
        if (!rule.meta.applies_to(kind) || (options.only_rule && rule.meta.id != *options.only_rule)) continue;
        if (!settings.enabled(rule.meta.id)) continue;
        const auto setting = settings.rules.find(rule.meta.id);
        const bool own_params = setting != settings.rules.end() && !setting->second.params.empty();
        nlohmann::json rule_params;
        if (own_params) (rule_params = params).update(setting->second.params);
        const nlohmann::json& these_params = own_params ? rule_params : params;
        std::string missing;
        for (const auto& name : rule.meta.params)
            if (!these_params.contains(name)) missing += (missing.empty() ? "" : ", ") + name;
        if (!missing.empty()) {
            findings.push_back(rule_failed(rule.meta.file, 0, rule.meta.id,
                                           "it needs the parameter " + missing + ", which " + engine.parameters_.file_for(kind) + " does not set"));
            continue;
        }
        sandbox_.begin_rule();
        LuaOutcome outcome = instantiate(rule);
        std::vector<Finding> produced;
        Collector collector{&rule.meta, &engine.sections_, &produced};
        auto** box = static_cast<Collector**>(lua_newuserdatauv(L, sizeof(Collector*), 0));
        *box = &collector;
        const int box_ref = luaL_ref(L, LUA_REGISTRYINDEX);  // kept alive until it is emptied below
        if (outcome.ok()) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, draft_ref);
            lua_createtable(L, 0, 5);
            lua_pushstring(L, kind.c_str());
            lua_setfield(L, -2, "kind");
            if (!stage.empty()) {
                lua_pushstring(L, stage.c_str());
                lua_setfield(L, -2, "stage");
            }
            if (own_params) push_parameters(rule_params, kind);
            else lua_rawgeti(L, LUA_REGISTRYINDEX, params_ref);
            lua_setfield(L, -2, "params");
            lua_rawgeti(L, LUA_REGISTRYINDEX, box_ref);
            lua_pushcclosure(L, report_finding, 1);
            lua_setfield(L, -2, "report");
            lua_rawgeti(L, LUA_REGISTRYINDEX, box_ref);
            lua_pushcclosure(L, message_text, 1);
            lua_setfield(L, -2, "text");
            outcome = sandbox_.call(2, 0);
        }
        *box = nullptr;
        luaL_unref(L, LUA_REGISTRYINDEX, box_ref);
        // Its globals go now, not at the next draft: thirty rule files keeping 30 MB each would
        // otherwise all be held at once.
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule.chunk_ref);
        sandbox_.give_fresh_globals(-1);
        lua_pop(L, 1);
        sandbox_.end_rule(outcome.ok());
        if (outcome.ok()) {
            if (setting != settings.rules.end() && setting->second.severity)
                for (auto& f : produced) f.severity = *setting->second.severity;
            findings.insert(findings.end(), produced.begin(), produced.end());
        } else {
            const bool in_rule = outcome.source.empty() || outcome.source == rule.meta.file;
            findings.push_back(rule_failed(in_rule ? rule.meta.file : outcome.source, outcome.line, rule.meta.id, outcome.message));
        }
    }
    luaL_unref(L, LUA_REGISTRYINDEX, draft_ref);
    luaL_unref(L, LUA_REGISTRYINDEX, params_ref);
    sandbox_.end_draft();
    lua_gc(L, LUA_GCCOLLECT);
    return findings;
}

}  // namespace draftcheck
