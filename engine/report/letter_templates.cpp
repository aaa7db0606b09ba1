#include "report/letter_templates.h"

#include <algorithm>
#include <optional>
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
        {"/reference", {"agreement", "stage"}},
        {"/acknowledgement", {"partnership", "stage", "kind", "received"}},
        {"/acknowledgement_undated", {"partnership", "stage", "kind"}},
        {"/partnership_fallback", {}},
        {"/appreciation", {}},
        {"/praise", {"items"}},
        {"/changes/reflected", {"topics"}},
        {"/changes/reflected_all", {}},
        {"/changes/persisting", {"topics"}},
        {"/changes/none_reflected", {"topics"}},
        {"/incomplete_checks", {}},
        {"/key_issues_intro", {}},
        {"/key_issue", {"issue", "clause"}},
        {"/no_key_issues", {}},
        {"/annex_pointer", {}},
        {"/annex_pointer_advice_only", {}},
        {"/next_steps/heading", {}},
        {"/next_steps/meeting", {"date"}},
        {"/next_steps/meeting_blocks", {"date"}},
        {"/next_steps/meeting_advice", {"date"}},
        {"/next_steps/meeting_clean", {"date"}},
        {"/next_steps/deadline", {"date", "next"}},
        {"/next_steps/deadline_sign_off", {"date", "next"}},
        {"/next_steps/blocking", {"topics"}},
        {"/next_steps/interim_one", {"dates"}},
        {"/next_steps/interim_many", {"count", "dates"}},
        {"/next_steps/interim_item", {"date", "covers"}},
        {"/next_steps/interim_close", {}},
        {"/next_steps/interim_unset", {"first"}},
        {"/next_steps/interim_prompt", {"first"}},
        {"/next_steps/interim_reward_first", {}},
        {"/next_steps/none", {}},
        {"/next_steps/none_clean", {}},
        {"/close/with_contact", {"contact"}},
        {"/close/contact_phone", {"contact", "phone"}},
        {"/fields/signatory", {}},
        {"/fields/title", {}},
        {"/fields/contact", {}},
        {"/fields/phone", {}},
        {"/reviewer_prompt", {"text"}},
        {"/annex/general_heading", {}},
        {"/annex/risk", {"kind"}},
        {"/annex/encourage", {}},
        {"/annex/encourage_here", {}},
        {"/subject/only", {"count", "total", "thing", "things", "names"}},
        {"/subject/one_of", {"count", "total", "thing", "things", "names"}},
        {"/subject/some", {"count", "total", "thing", "things", "names"}},
        {"/subject/all", {"count", "total", "thing", "things", "names"}},
        {"/subject/one_unnamed", {"count", "total", "thing", "things", "names"}},
        {"/subject/some_unnamed", {"count", "total", "thing", "things", "names"}},
        {"/subject/none", {"count", "total", "thing", "things", "names"}},
        {"/subject/names_more", {"names", "more"}},
        {"/subject/names_one_more", {"names"}},
        {"/subject/numbered", {"number"}},
        {"/fallback/one", {"subject", "expectation"}},
        {"/fallback/many", {"subject", "expectation"}},
        {"/fallback/none", {"subject", "expectation"}},
        {"/combined/one", {"subject", "gaps"}},
        {"/combined/many", {"subject", "gaps"}},
        {"/combined/none", {"subject", "gaps"}},
        {"/schedule/heading", {}},
        {"/schedule/intro", {}},
        {"/schedule/section", {}},
        {"/schedule/block", {}},
        {"/schedule/item", {}},
        {"/schedule/point", {}},
        {"/schedule/action", {}},
        {"/schedule/reference", {}},
        {"/schedule/line", {"line"}},
        {"/schedule/ref_and_line", {"ref", "line"}},
        {"/schedule/whole", {}},
        {"/schedule/draft_wide", {}},
        {"/schedule/general", {}},
        {"/schedule/as_above", {}},
        {"/schedule/as_for", {"item"}},
        {"/exceptions/heading", {}},
        {"/exceptions/intro", {}},
        {"/exceptions/item", {"message", "where", "reason"}},
        {"/exceptions/item_agreed", {"message", "where", "reason", "who", "date"}},
        {"/stages/first", {}},
        {"/stages/second", {}},
        {"/stages/penultimate", {}},
        {"/stages/final", {}},
        {"/stages/refresh", {}},
        {"/stages/unknown", {}},
        {"/next_stages/unknown", {}},
        {"/kinds/lpsa2", {}},
        {"/kinds/laa", {}},
        {"/kinds/laa2008", {}},
        {"/list_and", {}},
        {"/list_or", {}},
        {"/table/unchecked", {"error"}},
    };
    return texts;
}

// The judgements overall_judgement() can return (report/letter.h): each needs its text.
const std::vector<std::string> kJudgements = {
    "cannot_assess", "much_more_work", "gaps_remain", "points_to_consider", "ready",
    "lpsa2_priorities_gaps", "lpsa2_priorities_content", "lpsa2_measures_gaps", "lpsa2_measures_content",
    "lpsa2_target_levels_gaps", "lpsa2_target_levels_content"};

// Objects whose every member is a text, keyed by section id or stage, with these placeholders.
const std::map<std::string, std::set<std::string>> kOpenMaps = {
    {"/topics", {}}, {"/headings", {}}, {"/key_issues", {}}, {"/negotiation_stages", {}}, {"/next_stages", {}}};

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

// An object at `pointer` whose members are each an object of texts named in `forms` (those in
// `required` must be there), each with the placeholders `allowed`.
void check_keyed(const JsonFile& file, const std::string& pointer, const std::set<std::string>& forms,
                 const std::set<std::string>& required, const std::set<std::string>& allowed) {
    const json::json_pointer at(pointer);
    if (!file.document.contains(at) || !file.document.at(at).is_object()) file.fail(pointer, "the letter templates need an object at " + pointer);
    for (const auto& [key, value] : file.document.at(at).items()) {
        const std::string here = (at / key).to_string();
        if (!value.is_object()) file.fail(here, "the entry at " + here + " must be an object");
        for (const auto& name : required)
            if (!value.contains(name)) file.fail(here, "the entry at " + here + " needs \"" + name + "\"");
        for (const auto& [form, text] : value.items()) {
            if (!forms.count(form)) file.fail(here + "/" + form, "\"" + form + "\" is not one of the texts an entry at " + pointer + " may have");
            check_text(file, here + "/" + form, allowed);
        }
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

void check_number(const JsonFile& file, const std::string& pointer) {
    const json::json_pointer at(pointer);
    if (!file.document.contains(at) || !file.document.at(at).is_number_unsigned() || file.document.at(at).get<unsigned>() == 0)
        file.fail(pointer, "the letter templates need a whole number, 1 or more, at " + pointer);
}

// A list at `pointer` of objects, each with the lists of texts in `lists` and the texts in `texts`
// (a text in `optional_texts` may be left out).
void check_object_list(const JsonFile& file, const std::string& pointer, const std::vector<std::string>& lists,
                       const std::vector<std::string>& texts, const std::vector<std::string>& optional_texts) {
    const json::json_pointer at(pointer);
    if (!file.document.contains(at) || !file.document.at(at).is_array()) file.fail(pointer, "the letter templates need a list at " + pointer);
    const json& items = file.document.at(at);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string here = pointer + "/" + std::to_string(i);
        if (!items[i].is_object()) file.fail(here, "each entry at " + pointer + " must be an object");
        for (const auto& name : lists) check_string_list(file, here + "/" + name, 0);
        for (const auto& name : texts) check_text(file, here + "/" + name, {});
        for (const auto& name : optional_texts)
            if (items[i].contains(name)) check_text(file, here + "/" + name, {});
    }
}

// The placeholders a text at `path` may use, or none when the letter uses no text there.
std::optional<std::set<std::string>> placeholders_at(const std::string& path) {
    if (const auto fixed = fixed_texts().find(path); fixed != fixed_texts().end()) return fixed->second;
    const std::string parent = path.substr(0, path.rfind('/'));
    if (const auto open = kOpenMaps.find(parent); open != kOpenMaps.end()) return open->second;
    auto under = [&](const char* prefix) { return path.rfind(prefix, 0) == 0; };
    if (under("/summaries/")) return std::set<std::string>{"subject"};
    if (under("/advice/")) return std::set<std::string>{"thing", "things"};
    if (under("/entities/") || under("/judgements/")) return std::set<std::string>{};
    if (under("/annex/acknowledge/") && path.size() > 5 && path.compare(path.size() - 5, 5, "/text") == 0) return std::set<std::string>{"topic"};
    return std::nullopt;
}

// "by_kind": {"lpsa2": {...}} holds the same entries as the rest of the file, for one kind of
// agreement: each text must be one the letter uses, with the same placeholders.
void check_by_kind(const JsonFile& file) {
    const json::json_pointer at("/by_kind");
    if (!file.document.contains(at)) return;
    if (!file.document.at(at).is_object()) file.fail("/by_kind", "\"by_kind\" must be an object: kind -> texts");
    for (const auto& [kind, texts] : file.document.at(at).items()) {
        const std::string root = "/by_kind/" + kind;
        if (!texts.is_object()) file.fail(root, "the entry at " + root + " must be an object of texts");
        const json flat = texts.flatten();
        for (const auto& [path, value] : flat.items()) {
            const auto allowed = placeholders_at(path);
            if (!allowed) file.fail(root + path, root + path + " is not a text the letter uses");
            check_text(file, root + path, *allowed);
        }
    }
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
        for (auto [field, target] : {std::pair{"examples", &profile.examples}, {"help", &profile.help}}) {
            if (!entry.contains(field)) continue;
            const std::string here = at + "/" + field;
            if (!entry[field].is_object()) file.fail(here, std::string("\"") + field + "\" must be an object: section id -> list of texts");
            for (const auto& [section, texts] : entry[field].items()) {
                const bool ok = texts.is_array() && std::all_of(texts.begin(), texts.end(), [](const json& v) { return v.is_string(); });
                if (!ok) file.fail(here + "/" + section, "the entry for " + section + " must be a list of texts");
                (*target)[section] = texts.get<std::vector<std::string>>();
            }
        }
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
    for (const auto& id : kJudgements) check_text(file, "/judgements/" + id, {});
    check_keyed(file, "/summaries", {"one", "many", "none", "whole", "gap"}, {}, {"subject"});
    check_keyed(file, "/entities", {"one", "many"}, {"one", "many"}, {});
    check_keyed(file, "/advice", {"one", "many"}, {"one", "many"}, {"thing", "things"});
    check_object_list(file, "/praise_items", {"present", "rules"}, {"name"}, {});
    check_object_list(file, "/reviewer_prompts", {"kinds"}, {"text"}, {"section", "heading"});
    for (std::size_t i = 0; i < file.document["reviewer_prompts"].size(); ++i) {
        const json& prompt = file.document["reviewer_prompts"][i];
        if (prompt.contains("section") == prompt.contains("heading"))
            file.fail("/reviewer_prompts/" + std::to_string(i), "a reviewer prompt names either the \"section\" it belongs to or a \"heading\" of its own");
    }
    {
        const json::json_pointer at("/annex/acknowledge");
        if (!file.document.contains(at) || !file.document.at(at).is_object())
            file.fail("/annex/acknowledge", "the letter templates need an object at /annex/acknowledge: section id -> {\"when\", \"text\"}");
        for (const auto& [key, value] : file.document.at(at).items()) {
            const std::string here = (at / key).to_string();
            check_string_list(file, here + "/when", 0);
            check_text(file, here + "/text", {"topic"});
        }
    }
    check_string_list(file, "/months", 12);
    check_string_list(file, "/numbers", 0);
    check_string_list(file, "/reward_words", 0);
    check_string_list(file, "/sign_off_stage_words", 0);
    check_number(file, "/subject/names_shown");
    check_number(file, "/key_issues_most");
    check_number(file, "/next_steps_topics_most");
    check_by_kind(file);
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

bool LetterTemplates::has(const std::string& pointer) const { return templates_.contains(json::json_pointer(pointer)); }

const json& LetterTemplates::at(const std::string& pointer) const { return templates_.at(json::json_pointer(pointer)); }

int LetterTemplates::number(const std::string& pointer) const { return templates_.at(json::json_pointer(pointer)).get<int>(); }

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
