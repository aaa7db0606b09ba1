#include "report/letter_templates.h"

#include <algorithm>
#include <set>

#include "check/installation.h"
#include "load/json_file.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Every text the letter uses, and the placeholders each may contain. Checking them when the file is
// read means a typo in a template stops the run at its line, instead of printing "{ofice}".
const std::map<std::string, std::set<std::string>>& fixed_texts() {
    static const std::map<std::string, std::set<std::string>> texts = {
        {"/title", {"office", "stage", "agreement"}},
        {"/acknowledgement", {"partnership", "stage", "kind", "received"}},
        {"/acknowledgement_undated", {"partnership", "stage", "kind"}},
        {"/partnership_fallback", {}},
        {"/appreciation", {}},
        {"/good_sections", {"topics"}},
        {"/changes/resolved", {"count"}},
        {"/changes/resolved_one", {}},
        {"/changes/none_resolved", {}},
        {"/changes/counts", {"persisting", "added"}},
        {"/key_issues_intro", {}},
        {"/no_key_issues", {}},
        {"/annex_pointer", {}},
        {"/annex_pointer_no_blocks", {}},
        {"/annex_pointer_advice_only", {}},
        {"/next_steps/heading", {}},
        {"/next_steps/meeting", {"date", "label"}},
        {"/next_steps/deadline", {"date", "label"}},
        {"/next_steps/deadline_covers", {"date", "label", "covers"}},
        {"/next_steps/blocking", {"topics"}},
        {"/next_steps/interim_one", {"dates"}},
        {"/next_steps/interim_many", {"count", "dates"}},
        {"/next_steps/interim_item", {"date", "covers"}},
        {"/next_steps/interim_close", {}},
        {"/next_steps/other_dates", {}},
        {"/next_steps/other_date_item", {"date", "label"}},
        {"/next_steps/none", {}},
        {"/close/with_contact", {"contact"}},
        {"/close/contact_phone", {"contact", "phone"}},
        {"/close/without_contact", {"office"}},
        {"/signature_unset", {"office"}},
        {"/annex/general_heading", {}},
        {"/exceptions/heading", {}},
        {"/exceptions/intro", {}},
        {"/exceptions/item", {"message", "line", "reason"}},
        {"/exceptions/item_agreed", {"message", "line", "reason", "who", "date"}},
        {"/annex/blocks_heading", {}},
        {"/annex/acknowledge/default", {"topic"}},
        {"/annex/risk", {"kind"}},
        {"/annex/see_blocks", {"blocks"}},
        {"/annex/lead/error", {}},
        {"/annex/lead/warning", {}},
        {"/annex/lead/advice", {}},
        {"/annex/finding", {"message", "line"}},
        {"/annex/finding_no_line", {"message"}},
        {"/annex/suggestion", {"suggestion"}},
        {"/annex/block_heading", {"name", "code"}},
        {"/annex/block_acknowledge", {"name"}},
        {"/annex/block_no_comments", {"name"}},
        {"/stages/first", {}},
        {"/stages/second", {}},
        {"/stages/penultimate", {}},
        {"/stages/final", {}},
        {"/stages/refresh", {}},
        {"/stages/unknown", {}},
        {"/kinds/lpsa2", {}},
        {"/kinds/laa", {}},
        {"/kinds/laa2008", {}},
        {"/list_and", {}},
        {"/table/caption", {"file"}},
        {"/table/severity", {}},
        {"/table/location", {}},
        {"/table/rule", {}},
        {"/table/message", {}},
        {"/table/suggestion", {}},
        {"/table/none", {}},
        {"/table/unchecked", {"error"}},
    };
    return texts;
}

// Objects whose every member is a text, keyed by section id, with these placeholders.
const std::map<std::string, std::set<std::string>> kOpenMaps = {{"/annex/acknowledge", {"topic"}}, {"/topics", {}}};

std::string describe(const std::set<std::string>& allowed) {
    if (allowed.empty()) return "it takes no placeholders";
    std::string out = "it may use";
    for (const auto& name : allowed) out += " {" + name + "}";
    return out;
}

void check_text(const JsonFile& file, const std::string& pointer, const std::set<std::string>& allowed) {
    const json::json_pointer at(pointer);
    if (!file.document.contains(at)) file.fail(pointer, "the letter templates need a text at " + pointer);
    const json& value = file.document.at(at);
    if (!value.is_string()) file.fail(pointer, "the template at " + pointer + " must be a text in quotes");
    const std::string& text = value.get_ref<const std::string&>();
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        const std::string name = close == std::string::npos ? "" : text.substr(open + 1, close - open - 1);
        if (close == std::string::npos || !allowed.count(name))
            file.fail(pointer, "the template at " + pointer + " uses {" + name + "}, which it cannot fill: " + describe(allowed));
    }
}

void check_string_list(const JsonFile& file, const std::string& pointer, std::size_t exact_size) {
    const json::json_pointer at(pointer);
    const bool ok = file.document.contains(at) && file.document.at(at).is_array() &&
                    (exact_size == 0 || file.document.at(at).size() == exact_size) &&
                    std::all_of(file.document.at(at).begin(), file.document.at(at).end(), [](const json& v) { return v.is_string(); });
    if (!ok)
        file.fail(pointer, "the letter templates need a list of texts at " + pointer +
                               (exact_size ? " (" + std::to_string(exact_size) + " of them)" : ""));
}

void check_judgements(const JsonFile& file) {
    const json::json_pointer at("/judgements");
    if (!file.document.contains(at) || !file.document.at(at).is_array() || file.document.at(at).empty())
        file.fail("/judgements", "the letter templates need a list of judgements, the most severe first");
    const json& list = file.document.at(at);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string here = "/judgements/" + std::to_string(i);
        if (!list[i].is_object()) file.fail(here, "a judgement is an object {\"min_errors\": N, \"min_warnings\": N, \"text\": ...}");
        for (const char* bound : {"min_errors", "min_warnings"})
            if (list[i].contains(bound) && !list[i][bound].is_number_unsigned())
                file.fail(here + "/" + bound, std::string("\"") + bound + "\" must be a whole number, 0 or more");
        check_text(file, here + "/text", {"errors", "warnings"});
    }
    // The last judgement is the one for a draft with nothing left to say, so it must always apply.
    const json& last = list.back();
    if (last.contains("min_errors") || last.contains("min_warnings"))
        file.fail("/judgements/" + std::to_string(list.size() - 1), "the last judgement must have no minimum, so that every draft gets one");
}

std::map<std::string, OfficeProfile> read_offices(const std::string& path) {
    const JsonFile file = read_json_file(path);
    if (!file.document.is_object()) file.fail("", "the offices file must be an object: office code -> {\"name\", \"signatory\", ...}");
    if (!file.document.contains("default")) file.fail("", "the offices file needs a \"default\" profile, for drafts that name no office");
    std::map<std::string, OfficeProfile> offices;
    for (const auto& [code, entry] : file.document.items()) {
        const std::string at = (json::json_pointer() / code).to_string();
        if (!entry.is_object()) file.fail(at, "the profile for " + code + " must be an object {\"name\", \"signatory\", ...}");
        OfficeProfile profile;
        for (auto [field, target] : {std::pair{"name", &profile.name}, {"signatory", &profile.signatory}, {"title", &profile.title},
                                     {"contact", &profile.contact}, {"phone", &profile.phone}}) {
            if (!entry.contains(field)) continue;
            if (!entry[field].is_string()) file.fail(at + "/" + field, std::string("\"") + field + "\" must be a text in quotes");
            *target = entry[field].get<std::string>();
        }
        if (profile.name.empty()) file.fail(at, "the profile for " + code + " needs a \"name\", the office's full name");
        offices.emplace(code, std::move(profile));
    }
    return offices;
}

}  // namespace

LetterTemplates LetterTemplates::load(const std::string& dir) {
    const JsonFile file = read_json_file(dir + "/templates.json");
    if (!file.document.is_object()) file.fail("", "the letter templates file must be an object of texts");
    for (const auto& [pointer, allowed] : fixed_texts()) check_text(file, pointer, allowed);
    for (const auto& [pointer, allowed] : kOpenMaps) {
        const json::json_pointer at(pointer);
        if (!file.document.contains(at) || !file.document.at(at).is_object())
            file.fail(pointer, "the letter templates need an object of texts at " + pointer);
        for (const auto& [key, value] : file.document.at(at).items()) check_text(file, (at / key).to_string(), allowed);
    }
    check_string_list(file, "/months", 12);
    check_string_list(file, "/numbers", 0);
    check_string_list(file, "/reward_words", 0);
    check_judgements(file);
    LetterTemplates out;
    out.templates_ = file.document;
    out.offices_ = read_offices(dir + "/offices.json");
    return out;
}

namespace {

// Replaces each {name} in `text` with its value; load() has made sure every name is one the
// caller fills.
std::string substitute(const std::string& text, const TemplateVars& vars) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', from)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        const auto it = vars.find(text.substr(open + 1, close - open - 1));
        out += text.substr(from, open - from);
        out += it == vars.end() ? text.substr(open, close - open + 1) : it->second;
        from = close + 1;
    }
    return out + text.substr(from);
}

}  // namespace

std::string LetterTemplates::fill(const std::string& pointer, const TemplateVars& vars) const {
    return substitute(templates_.at(json::json_pointer(pointer)).get_ref<const std::string&>(), vars);
}

std::string LetterTemplates::entry(const std::string& map, const std::string& key, const TemplateVars& vars) const {
    const json& holder = templates_.at(json::json_pointer(map));
    const auto it = holder.find(key);
    return it == holder.end() ? "" : substitute(it->get_ref<const std::string&>(), vars);
}

std::vector<std::string> LetterTemplates::list(const std::string& pointer) const {
    return templates_.at(json::json_pointer(pointer)).get<std::vector<std::string>>();
}

const OfficeProfile& LetterTemplates::office(const std::string& code) const {
    const auto it = offices_.find(code);
    return it == offices_.end() ? offices_.at("default") : it->second;
}

LetterTemplates load_letter_templates(const Installation& installation) {
    LetterTemplates templates = LetterTemplates::load(installation.home + "/letter");
    templates.set_profile(installation.config.office);
    return templates;
}

void LetterTemplates::set_profile(const json& profile) {
    if (!profile.is_object()) return;
    // A profile naming an office changes that office's; one without applies to every office.
    for (auto& [code, office] : offices_) {
        if (profile.contains("office") && profile["office"] != code) continue;
        for (auto [field, target] : {std::pair{"signatory", &office.signatory}, {"title", &office.title}, {"contact", &office.contact},
                                     {"phone", &office.phone}})
            if (profile.contains(field)) *target = profile[field].get<std::string>();
    }
}

}  // namespace draftcheck
