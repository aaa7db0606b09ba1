#include "rules/rule_explain.h"

#include <algorithm>
#include <sstream>

#include "core/error.h"
#include "load/json_file.h"
#include "rules/rule_parameters.h"
#include "rules/rule_tests.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Every line of `text` indented by `pad`.
std::string indented(const std::string& text, const std::string& pad) {
    std::istringstream in(text);
    std::string out, line;
    while (std::getline(in, line)) out += pad + line + "\n";
    return out;
}

void explain_parameters(const RuleMeta& rule, const Parameters& parameters, std::ostream& out) {
    out << "\nParameters (in rules/params/<kind>.json)\n";
    if (rule.params.empty()) out << "  none\n";
    for (const auto& param : rule_parameters(rule, parameters)) {
        out << "  " << param.name << (param.description.empty() ? "" : ": " + param.description) << "\n";
        for (const auto& value : param.values) out << "    " << join_kinds(value.kinds) << ": " << value.text << "\n";
    }
}

// The first case of the rule's tests that expects findings: its draft, and what the rule gives on it.
void explain_example(const RuleEngine& engine, const RuleMeta& rule, std::ostream& out) {
    const auto file = std::find_if(engine.files().begin(), engine.files().end(), [&](const RuleFile& f) { return f.shown == rule.file; });
    const std::string shown_tests = rule.file.substr(0, rule.file.size() - 4) + ".test.json";
    out << "\nExample\n";
    if (file == engine.files().end() || file->test_path.empty()) {
        out << "  none: the rule has no tests (" << shown_tests << ")\n";
        return;
    }
    json cases = json::array(), base;
    nlohmann::ordered_json as_written, base_as_written;  // the same, with keys in the file's order, to print
    try {
        const JsonFile tests = read_json_file(file->test_path, shown_tests);
        const json& doc = tests.document;
        if (doc.is_object() && doc.contains("cases") && doc["cases"].is_array()) {
            cases = doc["cases"];
            base = doc.value("base", json());
            const auto ordered = nlohmann::ordered_json::parse(tests.source.text());
            as_written = ordered["cases"];
            base_as_written = ordered.value("base", nlohmann::ordered_json());
        }
    } catch (const InputError& e) {
        out << "  none: " << e.describe() << "\n";
        return;
    }
    for (std::size_t i = 0; i < cases.size(); ++i) {
        // A malformed case is `rules test`'s to report; here it is skipped.
        const json& test_case = cases[i];
        if (!test_case.is_object() || !test_case.contains("expect") || !test_case["expect"].is_array() || test_case["expect"].empty() ||
            !(test_case.contains("patch") ? base.is_object() : test_case.contains("draft") && test_case["draft"].is_object()))
            continue;
        const json draft = case_draft(base, test_case);
        const json name = test_case.value("name", json());
        const json kind = draft.value("/agreement/kind"_json_pointer, json());
        const json stage = draft.value("/submission/stage"_json_pointer, json());
        if (!kind.is_string()) continue;
        out << "  From case " << (i + 1) << (name.is_string() ? " \"" + name.get<std::string>() + "\"" : "") << " in " << shown_tests << ", this draft fragment\n"
            << indented(case_draft(base_as_written, as_written[i]).dump(2), "    ");
        const json params = test_case.value("params", json());
        if (params.is_object()) out << "  with the parameters " << params.dump() << "\n";
        out << "  gives:\n";
        const auto findings = engine.run(draft, kind, stage.is_string() ? stage.get<std::string>() : "", {rule.id, params});
        if (findings.empty()) out << "    nothing: the rule's tests are failing (draftcheck rules test --rule " << rule.id << ")\n";
        for (const auto& f : findings) {
            out << "    " << severity_name(f.severity) << " at " << f.pointer << ": " << f.message << "\n";
            if (!f.suggestion.empty()) out << "      suggestion: " << f.suggestion << "\n";
        }
        return;
    }
    out << "  none: no case in " << shown_tests << " expects a finding\n";
}

// The rule's wording by message id, as a reviewer would reword it in the rule file.
void explain_messages(const RuleMeta& rule, std::ostream& out) {
    if (rule.messages.empty()) return;
    out << "\nMessages (in " << rule.file << ")\n";
    for (const auto& [id, message] : rule.messages) {
        out << "  " << id << ": " << message.message << "\n";
        if (!message.suggestion.empty()) out << "    suggestion: " << message.suggestion << "\n";
    }
}

}  // namespace

void explain_rule(const RuleEngine& engine, const RuleMeta& rule, std::ostream& out) {
    const Section* section = engine.sections().find(rule.section);
    out << rule.title << "\n"
        << "  id:        " << rule.id << "\n"
        << "  section:   " << (section ? section->heading : rule.section) << " (" << rule.section << ")\n"
        << "  severity:  " << severity_name(rule.severity) << "\n"
        << "  kinds:     " << join_kinds(rule.kinds) << "\n"
        << "  file:      " << rule.file << "\n"
        << "\nWhy it matters\n" << indented(rule.rationale, "  ")
        << "\nGuidance\n" << indented(rule.guidance, "  ");
    explain_parameters(rule, engine.parameters(), out);
    explain_messages(rule, out);
    explain_example(engine, rule, out);
}

}  // namespace draftcheck
