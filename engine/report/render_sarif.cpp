#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "report/render.h"

namespace draftcheck {
namespace {

using ordered = nlohmann::ordered_json;  // keys in a fixed order, so the same input gives the same bytes

// SARIF has no "advice"; "note" is its level for a finding that is not a problem as such.
std::string sarif_level(Severity s) { return s == Severity::advice ? "note" : std::string(severity_name(s)); }

// artifactLocation.uri is a URI reference: a path as given, with anything but unreserved
// characters and "/" percent-encoded (a space in a file name would otherwise make it invalid).
std::string uri_of(const std::string& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

// A rule's friendly name, the one-word Pascal-case identifier SARIF asks for beside the opaque id:
// "reward-targets.max-count" becomes "RewardTargetsMaxCount".
std::string friendly_name(const std::string& id) {
    std::string name;
    bool word_start = true;
    for (unsigned char c : id) {
        if (!std::isalnum(c)) {
            word_start = true;
            continue;
        }
        name += static_cast<char>(word_start ? std::toupper(c) : c);
        word_start = false;
    }
    return name;
}

ordered descriptor(const std::string& id, const std::string& title, const std::string& rationale, const std::string& guidance,
                   Severity severity, const std::string& section) {
    ordered rule = {{"id", id}};
    // SARIF (3.49.7, and the Multitool's SARIF1001) wants a name that differs from the id, compared
    // without case; a one-word id such as "schema" therefore has none.
    const std::string name = friendly_name(id);
    const auto same_ignoring_case = [&] {
        return std::equal(name.begin(), name.end(), id.begin(), id.end(),
                          [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); });
    };
    if (!name.empty() && !same_ignoring_case()) rule["name"] = name;
    rule["shortDescription"] = {{"text", title.empty() ? id : title}};
    if (!rationale.empty()) rule["fullDescription"] = {{"text", rationale}};
    const std::string help = guidance + (guidance.empty() || rationale.empty() ? "" : "\n\n") + rationale;
    if (!help.empty()) rule["help"] = {{"text", help}};
    rule["defaultConfiguration"] = {{"level", sarif_level(severity)}};
    rule["properties"] = {{"section", section}};
    return rule;
}

// The base an absolute path is given against (run.originalUriBaseIds), so that every uri is a relative
// reference as SARIF and code-scanning services expect; a relative path is given as it is.
constexpr const char* kRootBase = "ROOT";

bool absolute(const std::string& file) { return !file.empty() && file.front() == '/'; }

ordered artifact(const std::string& file) {
    if (!absolute(file)) return {{"artifactLocation", {{"uri", uri_of(file)}}}};
    return {{"artifactLocation", {{"uri", uri_of(file.substr(file.find_first_not_of('/')))}, {"uriBaseId", kRootBase}}}};
}

}  // namespace

void render_sarif(const RenderContext& context, std::ostream& out) {
    ordered rules = ordered::array();
    std::map<std::string, std::size_t> index;
    auto add = [&](ordered rule) {
        index.emplace(rule["id"].get<std::string>(), rules.size());
        rules.push_back(std::move(rule));
    };
    // The rules of every installation the drafts were checked with (each configuration's folders).
    std::vector<const Installation*> installations{&context.installation};
    installations.insert(installations.end(), context.installation_of.begin(), context.installation_of.end());
    std::set<const Installation*> listed;
    for (const Installation* installation : installations)
        if (listed.insert(installation).second)
            for (const auto& r : installation->rules.list().rules)
                if (!index.count(r.id)) add(descriptor(r.id, r.title, r.rationale, r.guidance, r.severity, r.section));
    // Findings that come from the engine rather than a rule file.
    add(descriptor("schema", "The draft has the shape the draft format describes",
                   "A draft whose fields are missing or of the wrong type cannot be read the way the guidance intends.",
                   "The draft format: docs/draft-format.md and schemas/draft.schema.json.", Severity::error, "structure"));
    add(descriptor("engine.rule-failed", "Every rule ran", "A rule that could not run leaves its findings out of the report.",
                   "docs/rule-api.md; `draftcheck rules test` shows the same failure.", Severity::error, "engine"));
    // Any other rule id a finding carries still gets a descriptor, so every ruleIndex is valid.
    std::map<std::string, const Finding*> unlisted;
    for (const auto& report : context.reports)
        for (const auto& f : report.findings)
            if (!index.count(f.rule)) unlisted.emplace(f.rule, &f);
    for (const auto& [id, f] : unlisted) add(descriptor(id, id, "", f->guidance, f->severity, f->section));

    ordered results = ordered::array();
    ordered notifications = ordered::array();
    for (const auto& report : context.reports) {
        if (!report.checked) {
            notifications.push_back({{"level", "error"}, {"message", {{"text", report.error}}}, {"locations", {{{"physicalLocation", artifact(report.file)}}}}});
            continue;
        }
        for (const auto& f : report.findings) {
            ordered physical = artifact(report.file);
            if (f.line > 0) physical["region"] = {{"startLine", f.line}, {"startColumn", std::max(f.column, 1)}};
            ordered result = {{"ruleId", f.rule},
                              {"ruleIndex", index.at(f.rule)},
                              {"level", sarif_level(f.severity)},
                              {"message", {{"text", f.message}}},
                              {"locations", {{{"physicalLocation", std::move(physical)}, {"logicalLocations", {{{"fullyQualifiedName", f.pointer}}}}}}}};
            if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"draftcheck/v1", f.fingerprint}};
            ordered properties = {{"section", f.section}};
            if (f.block) properties["block"] = *f.block;
            if (!f.suggestion.empty()) properties["suggestion"] = f.suggestion;
            result["properties"] = std::move(properties);
            results.push_back(std::move(result));
        }
    }
    ordered invocation = {{"executionSuccessful", notifications.empty()}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    ordered run = {{"tool", {{"driver", {{"name", "draftcheck"},
                                         {"version", DRAFTCHECK_VERSION},
                                         {"rules", std::move(rules)}}}}},
                   {"invocations", {std::move(invocation)}}};
    if (std::any_of(context.reports.begin(), context.reports.end(), [](const DraftReport& r) { return absolute(r.file); }))
        run["originalUriBaseIds"] = {{kRootBase, {{"uri", "file:///"}}}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);
    const ordered document = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", {run}}};
    out << document.dump(2, ' ', false, ordered::error_handler_t::replace) << "\n";
}

}  // namespace draftcheck
