#include "check/check_draft.h"

#include <algorithm>
#include <map>
#include <set>

#include "check/fingerprint.h"
#include "config/exceptions.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/nearest_name.h"
#include "load/document_builder.h"
#include "load/position_index.h"

namespace draftcheck {
namespace {

using nlohmann::json;

std::string text_at(const json& doc, const char* section, const char* field) {
    if (!doc.contains(section) || !doc[section].is_object()) return "";
    const json& holder = doc[section];
    return holder.contains(field) && holder[field].is_string() ? holder[field].get<std::string>() : "";
}

std::string resolve_kind(const json& doc, const SourceText& source, const CheckOptions& options) {
    const std::string declared = text_at(doc, "agreement", "kind");
    const auto& kinds = kAgreementKinds;
    if (std::find(kinds.begin(), kinds.end(), declared) != kinds.end()) return declared;
    if (options.kind) return *options.kind;  // an invalid declared kind is still reported by the schema
    const std::string pointer = declared.empty() ? (doc.contains("agreement") ? "/agreement" : "") : "/agreement/kind";
    const LineColumn at = locate_pointers(source, {pointer}).at(pointer);
    const auto guess = declared.empty() ? std::nullopt : nearest_name(declared, kinds);
    throw InputError({source.name(), at.line, at.column},
                     (declared.empty() ? std::string("the draft does not say which kind of agreement it is")
                                       : "\"" + declared + "\" is not a kind of agreement draftcheck knows" +
                                             (guess ? " (did you mean \"" + *guess + "\"?)" : "")) +
                         ": set \"agreement\": {\"kind\": ...} to \"lpsa2\", \"laa\" or \"laa2008\", or pass --kind");
}

bool blank(const json& v) {
    if (v.is_null()) return true;
    if (v.is_string()) return v.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos;
    return (v.is_array() || v.is_object()) && v.empty();
}

// The parts of the draft a report quotes: who, which draft, and the blocks' names; each entity of
// every top-level list by its position, with the fields that name it ("entities": {"indicators":
// [{"id", "title", "name", "number", "ref"}, ...]}), so that a finding's pointer leads to the title
// the draft gives, and for a reward target the ids of the indicators its measures use
// ("measure_indicators"), so that a letter counts each indicator once; and the pointers, one or two
// levels deep, at which the draft says something ("present": ["/narrative", "/narrative/context",
// ...]), so that a letter praises only what is there.
json facts_of(const json& doc) {
    json facts = json::object();
    for (const char* section : {"agreement", "submission"})
        if (doc.contains(section) && doc[section].is_object()) facts[section] = doc[section];
    json entities = json::object();
    json present = json::array();
    if (doc.is_object())
        for (const auto& [key, value] : doc.items()) {
            if (blank(value)) continue;
            const std::string at = (json::json_pointer() / key).to_string();
            present.push_back(at);
            if (value.is_object())
                for (const auto& [field, member] : value.items())
                    if (!blank(member)) present.push_back((json::json_pointer(at) / field).to_string());
            if (!value.is_array()) continue;
            json& kept = entities[key] = json::array();
            for (const auto& item : value) {
                json named = json::object();
                if (item.is_object())
                    for (const char* field : {"id", "code", "title", "name", "number", "ref"})
                        if (item.contains(field) && (item[field].is_string() || item[field].is_number())) named[field] = item[field];
                if (item.is_object() && item.contains("measures") && item["measures"].is_array())
                    for (const auto& measure : item["measures"])
                        if (measure.is_object() && measure.contains("indicator") && measure["indicator"].is_string())
                            named["measure_indicators"].push_back(measure["indicator"]);
                kept.push_back(std::move(named));
            }
        }
    facts["blocks"] = entities.contains("blocks") ? entities["blocks"] : json::array();
    facts["entities"] = std::move(entities);
    facts["present"] = std::move(present);
    return facts;
}

}  // namespace

int DraftReport::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == severity; }));
}

DraftReport check_draft(const Installation& installation, const std::string& path, const CheckOptions& options,
                        RuleSession* session) {
    try {
        if (path == "-" && options.standard_input) return check_source(installation, *options.standard_input, options, session);
        return check_source(installation, SourceText::read(path, limits::max_draft_bytes), options, session);
    } catch (const InputError& e) {
        DraftReport report;
        report.file = path;
        report.error = e.describe();
        return report;
    }
}

DraftReport check_source(const Installation& installation, const SourceText& source, const CheckOptions& options,
                         RuleSession* session) {
    DraftReport report;
    report.file = source.name();
    try {
        const json doc = parse_document(source, limits::max_json_depth);
        if (!doc.is_object())
            throw InputError({source.name(), 1, 1}, std::string(syntax_of(source.name()) == Syntax::yaml ? "a draft is a YAML mapping (key: value lines)"
                                                                                                      : "a draft is a JSON object { ... }") +
                                                        ", but this file holds " +
                                                        (doc.is_array() ? "a list" : doc.type_name()));
        report.kind = resolve_kind(doc, source, options);
        report.stage = text_at(doc, "submission", "stage");
        report.area = text_at(doc, "agreement", "area");
        report.facts = facts_of(doc);

        report.findings = installation.schema.check(doc);
        auto from_rules = session ? session->run(doc, report.kind, report.stage, {})
                                  : installation.rules.run(doc, report.kind, report.stage);
        report.findings.insert(report.findings.end(), std::make_move_iterator(from_rules.begin()),
                               std::make_move_iterator(from_rules.end()));

        std::vector<AgreedException> exceptions = options.exceptions;
        std::vector<AgreedException> own = exceptions_in_draft(doc);
        if (options.trust_draft_exceptions) exceptions.insert(exceptions.end(), own.begin(), own.end());
        apply_exceptions(report, doc, exceptions);
        if (!options.trust_draft_exceptions)
            for (auto& f : unconfirmed_claims(own, options.exceptions)) report.findings.push_back(std::move(f));

        std::set<std::string> pointers;
        for (const auto& f : report.findings) pointers.insert(f.pointer);
        for (const auto& a : report.accepted) pointers.insert(a.finding.pointer);
        // A second parse, so only when there is something to locate.
        const auto positions = pointers.empty() ? std::map<std::string, LineColumn>{}
                                                : locate_pointers(source, {pointers.begin(), pointers.end()});
        const auto place = [&](Finding& f) {
            f.line = positions.at(f.pointer).line;
            f.column = positions.at(f.pointer).column;
        };
        for (auto& f : report.findings) place(f);
        for (auto& a : report.accepted) place(a.finding);
        std::sort(report.findings.begin(), report.findings.end(), finding_less);
        std::sort(report.accepted.begin(), report.accepted.end(),
                  [](const AcceptedFinding& a, const AcceptedFinding& b) { return finding_less(a.finding, b.finding); });
        assign_fingerprints(doc, report.findings);
        std::vector<Finding> accepted;
        for (const auto& a : report.accepted) accepted.push_back(a.finding);
        assign_fingerprints(doc, accepted);
        for (std::size_t i = 0; i < accepted.size(); ++i) report.accepted[i].finding.fingerprint = accepted[i].fingerprint;
        report.checked = true;
    } catch (const InputError& e) {
        report.findings.clear();
        report.error = e.describe();
    }
    return report;
}

}  // namespace draftcheck
