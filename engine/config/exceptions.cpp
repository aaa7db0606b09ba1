#include "config/exceptions.h"

#include <algorithm>

#include "check/fingerprint.h"
#include "core/date.h"
#include "core/error.h"
#include "core/json_pointer.h"
#include "load/json_file.h"
#include "load/position_index.h"
#include "schema/schema_checker.h"

namespace draftcheck {
namespace {

using nlohmann::json;

AgreedException read_exception(const json& entry) {
    AgreedException e;
    e.rule = entry.value("rule", "");
    e.entity = entry.value("entity", "");
    e.reason = entry.value("reason", "");
    e.agreed_by = entry.value("agreed_by", "");
    e.date = entry.value("date", "");
    e.expires = entry.value("expires", "");
    return e;
}

bool concerns(const AgreedException& e, const json& draft, const Finding& f) {
    if (f.rule != e.rule) return false;
    if (e.entity.empty()) return true;
    const std::string path = "/" + entity_path(draft, f.pointer) + "/";
    return path.find("/id=" + pointer_token(e.entity) + "/") != std::string::npos;
}

std::string draft_date(const json& draft) {
    if (!draft.contains("submission") || !draft["submission"].is_object()) return "";
    const json& s = draft["submission"];
    for (const char* field : {"date", "received"})
        if (s.contains(field) && s[field].is_string()) return s[field];
    return "";
}

Finding about_exception(const AgreedException& e, const char* rule, const std::string& problem, const std::string& suggestion) {
    Finding f;
    f.rule = rule;
    f.severity = Severity::warning;
    f.section = "exceptions";
    f.pointer = e.pointer;
    const std::string where = e.written_at.empty() ? "" : " (" + e.written_at + ")";
    f.message = "The agreed exception for \"" + e.rule + "\"" + (e.entity.empty() ? "" : " on \"" + e.entity + "\"") + where + " " + problem;
    f.suggestion = suggestion;
    f.guidance = "Agreed exceptions: docs/configuration.md.";
    return f;
}

}  // namespace

std::vector<AgreedException> exceptions_in_draft(const json& draft) {
    std::vector<AgreedException> out;
    if (!draft.contains("exceptions") || !draft["exceptions"].is_array()) return out;
    const json& list = draft["exceptions"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_object()) continue;
        AgreedException e = read_exception(list[i]);
        if (e.rule.empty() || e.reason.empty()) continue;
        e.pointer = "/exceptions/" + std::to_string(i);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<AgreedException> load_exceptions_file(const std::string& path, const std::string& home) {
    const JsonFile file = read_json_file(path);
    const SchemaChecker checker = SchemaChecker::load(home + "/schemas/exceptions.schema.json", "the exceptions file");
    const auto problems = checker.check(file.document);
    if (!problems.empty()) file.fail(problems.front().pointer, problems.front().message + " " + problems.front().suggestion);
    std::vector<AgreedException> out;
    const json& list = file.document["exceptions"];
    std::vector<std::string> pointers;
    for (std::size_t i = 0; i < list.size(); ++i) pointers.push_back("/exceptions/" + std::to_string(i));
    const auto positions = locate_pointers(file.source, pointers);
    for (std::size_t i = 0; i < list.size(); ++i) {
        AgreedException e = read_exception(list[i]);
        const LineColumn at = positions.at(pointers[i]);
        e.written_at = path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Finding> unconfirmed_claims(const std::vector<AgreedException>& claimed, const std::vector<AgreedException>& agreed) {
    std::vector<Finding> out;
    for (const auto& e : claimed) {
        const bool confirmed = std::any_of(agreed.begin(), agreed.end(), [&](const AgreedException& a) { return a.rule == e.rule && a.entity == e.entity; });
        if (confirmed) continue;
        Finding f = about_exception(e, "engine.exception-claimed", "", "If the Government Office agrees it, record it in the reviewer's "
                                                                       "exceptions file; until then the finding stands.");
        const std::string by = e.agreed_by.empty() ? "" : " (it says \"agreed by " + e.agreed_by + "\")";
        f.message = "The exception for \"" + e.rule + "\"" + (e.entity.empty() ? "" : " on \"" + e.entity + "\"") +
                    " is claimed by the draft, not yet agreed" + by + ": it is not applied.";
        out.push_back(std::move(f));
    }
    return out;
}

void apply_exceptions(DraftReport& report, const json& draft, const std::vector<AgreedException>& exceptions) {
    const std::string submitted = draft_date(draft);
    std::vector<Finding> kept;
    std::vector<int> uses(exceptions.size(), 0);
    std::vector<bool> expired(exceptions.size(), false);
    for (std::size_t i = 0; i < exceptions.size(); ++i) {
        // As dates; a date in another form is reported by the schema, and then expires nothing.
        const auto expires = parse_date(exceptions[i].expires), on = parse_date(submitted);
        expired[i] = expires && on && *expires < *on;
    }
    for (auto& f : report.findings) {
        std::size_t i = 0;
        while (i < exceptions.size() && (expired[i] || !concerns(exceptions[i], draft, f))) ++i;
        if (i == exceptions.size()) {
            kept.push_back(std::move(f));
            continue;
        }
        ++uses[i];
        report.accepted.push_back({std::move(f), exceptions[i]});
    }
    report.findings = std::move(kept);
    for (std::size_t i = 0; i < exceptions.size(); ++i) {
        const AgreedException& e = exceptions[i];
        if (expired[i])
            report.findings.push_back(about_exception(e, "engine.exception-expired",
                                                      "expired on " + e.expires + ", before this draft's date (" + submitted + "), so it no longer applies.",
                                                      "Agree the exception again with a new expiry date, or deal with the finding."));
        else if (uses[i] == 0)
            report.findings.push_back(about_exception(e, "engine.exception-stale", "no longer matches any finding.",
                                                      "Remove it: the problem it excused has gone, or the rule id or entity is misspelt."));
    }
}

}  // namespace draftcheck
