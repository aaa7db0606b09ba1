#include "rules/rule_engine.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/json_pointer.h"
#include "core/limits.h"
#include "lua/draft_view.h"
#include "lua/lua_values.h"

namespace draftcheck {
namespace {

// What ctx.report writes into while one rule runs.
struct Collector {
    const RuleMeta* meta;
    const Sections* sections;
    DraftView* view;
    std::vector<Finding>* out;
};

std::string optional_text(lua_State* L, int table, const char* field, bool required = false) {
    const int type = lua_getfield(L, table, field);
    if (type != LUA_TNIL && type != LUA_TSTRING) luaL_error(L, "report{}: '%s' must be text", field);
    if (required && (type == LUA_TNIL || lua_rawlen(L, -1) == 0)) luaL_error(L, "report{}: '%s' is required", field);
    std::string value = type == LUA_TSTRING ? lua_tostring(L, -1) : "";
    lua_pop(L, 1);
    if (value.size() > limits::max_message_bytes) value = value.substr(0, limits::max_message_bytes) + "...";
    return value;
}

int report_finding(lua_State* L) {
    auto* collector = static_cast<Collector*>(lua_touserdata(L, lua_upvalueindex(1)));
    luaL_checktype(L, 1, LUA_TTABLE);
    if (collector->out->size() >= limits::max_findings_per_rule)
        return luaL_error(L, "report{}: more than %d findings from one rule", static_cast<int>(limits::max_findings_per_rule));

    lua_getfield(L, 1, "node");
    const nlohmann::json* node = to_node(L, -1);
    if (!node) return luaL_error(L, "report{}: 'node' must be an object or list of the draft, not a %s", luaL_typename(L, -1));
    lua_pop(L, 1);
    Finding f;
    f.pointer = collector->view->pointer_of(node);
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
    f.message = optional_text(L, 1, "message", true);
    f.suggestion = optional_text(L, 1, "suggestion");
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
    collector->out->push_back(std::move(f));
    return 0;
}

std::string read_rule_file(const RuleFile& file, std::string& error) {
    std::error_code ec;
    if (std::filesystem::file_size(file.path, ec) > limits::max_rule_file_bytes) {
        error = "the file is larger than 1 MiB";
        return "";
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
        error = "the file cannot be read";
        return "";
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

}  // namespace

Finding rule_failed(const std::string& rule_file, int line, const std::string& rule_id, const std::string& problem) {
    Finding f;
    f.rule = "engine.rule-failed";
    f.severity = Severity::error;
    f.section = "engine";
    f.message = "The rule \"" + rule_id + "\" (" + rule_file + (line > 0 ? ", line " + std::to_string(line) : "") +
                ") did not run: " + problem + ". Its findings are missing from this report.";
    f.suggestion = "Fix the rule file, or tell whoever maintains the rules; `draftcheck rules test` shows the same failure.";
    return f;
}

RuleEngine::RuleEngine(std::vector<SourceDir> rule_dirs, Sections sections, Parameters parameters, LuaLimits limits)
    : sections_(std::move(sections)), parameters_(std::move(parameters)), limits_(limits) {
    for (const auto& dir : rule_dirs) lib_dirs_.push_back({dir.path + "/lib", dir.shown + "/lib"});
    files_ = find_rule_files(rule_dirs);
    for (const auto& file : files_) {
        std::string error;
        codes_.push_back(read_rule_file(file, error));
        read_errors_.push_back(std::move(error));
    }
}

std::vector<RuleEngine::LoadedRule> RuleEngine::load_all(LuaSandbox& sandbox, std::vector<Finding>& failures,
                                                         const std::optional<std::string>& only) const {
    lua_State* L = sandbox.state();
    std::vector<LoadedRule> loaded;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        const RuleFile& file = files_[i];
        if (only && file.expected_id != *only) continue;
        const auto fail = [&](int line, const std::string& problem) {
            failures.push_back(rule_failed(file.shown, line, file.expected_id, problem));
        };
        if (!read_errors_[i].empty()) {
            fail(0, read_errors_[i]);
            continue;
        }
        LuaOutcome outcome = sandbox.load(codes_[i], file.shown);
        if (outcome.ok()) outcome = sandbox.call(0, 1);
        if (!outcome.ok()) {
            fail(outcome.line, outcome.message);
            continue;
        }
        RuleMeta meta;
        const auto problems = read_rule_meta(L, -1, file, sections_, meta);
        if (!problems.empty()) {
            std::string joined;
            for (const auto& p : problems) joined += (joined.empty() ? "" : "; ") + p;
            fail(1, "its description is not complete: " + joined);
        } else if (!ids.insert(meta.id).second) {
            fail(1, "another rule file already uses the id \"" + meta.id + "\"");
        } else {
            lua_getfield(L, -1, "check");
            loaded.push_back({std::move(meta), luaL_ref(L, LUA_REGISTRYINDEX)});
        }
        lua_pop(L, 1);
    }
    return loaded;
}

std::vector<Finding> RuleEngine::run(const nlohmann::json& draft, const std::string& kind, const std::string& stage,
                                     const RuleRunOptions& options) const {
    LuaSandbox sandbox(limits_, lib_dirs_);
    lua_State* L = sandbox.state();
    push_json_helpers(L);
    sandbox.add_global("json");
    DraftView view(draft);
    set_current_draft(L, &view);

    std::vector<Finding> findings;
    const auto rules = load_all(sandbox, findings, options.only_rule);
    nlohmann::json params = parameters_.values(kind);
    if (options.param_overrides.is_object()) params.update(options.param_overrides);

    for (const auto& rule : rules) {
        if (!rule.meta.applies_to(kind)) continue;
        std::string missing;
        for (const auto& name : rule.meta.params)
            if (!params.contains(name)) missing += (missing.empty() ? "" : ", ") + name;
        if (!missing.empty()) {
            findings.push_back(rule_failed(rule.meta.file, 0, rule.meta.id,
                                           "it needs the parameter " + missing + ", which " + parameters_.file_for(kind) + " does not set"));
            continue;
        }
        std::vector<Finding> produced;
        Collector collector{&rule.meta, &sections_, &view, &produced};
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule.check_ref);
        push_node(L, &draft);
        lua_createtable(L, 0, 4);
        lua_pushstring(L, kind.c_str());
        lua_setfield(L, -2, "kind");
        if (!stage.empty()) {
            lua_pushstring(L, stage.c_str());
            lua_setfield(L, -2, "stage");
        }
        push_json_value(L, params);
        const std::string missing_param = "the parameter '%s' is not set in " + parameters_.file_for(kind);
        LuaSandbox::make_read_only(L, missing_param.c_str());
        lua_setfield(L, -2, "params");
        lua_pushlightuserdata(L, &collector);
        lua_pushcclosure(L, report_finding, 1);
        lua_setfield(L, -2, "report");
        const LuaOutcome outcome = sandbox.call(2, 0);
        if (outcome.ok()) {
            findings.insert(findings.end(), produced.begin(), produced.end());
        } else {
            const bool in_rule = outcome.source.empty() || outcome.source == rule.meta.file;
            findings.push_back(rule_failed(in_rule ? rule.meta.file : outcome.source, outcome.line, rule.meta.id, outcome.message));
        }
    }
    return findings;
}

RuleListing RuleEngine::list() const {
    LuaSandbox sandbox(limits_, lib_dirs_);
    push_json_helpers(sandbox.state());
    sandbox.add_global("json");
    RuleListing listing;
    for (auto& rule : load_all(sandbox, listing.failures, std::nullopt)) listing.rules.push_back(std::move(rule.meta));
    return listing;
}

}  // namespace draftcheck
