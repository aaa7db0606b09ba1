#include "report/letter.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "report/judgement.h"

namespace draftcheck {
namespace {

using nlohmann::json;

const char* const kRuleFailed = "engine.rule-failed";

std::string text_of(const json& object, const char* key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    if (it == object.end()) return "";
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return "";
}

const json& member(const json& object, const char* key) {
    static const json none;
    if (!object.is_object()) return none;
    const auto it = object.find(key);
    return it == object.end() ? none : *it;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.compare(0, prefix.size(), prefix) == 0; }

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}
std::string uncapitalised(std::string text) {
    // "The draft ..." -> "the draft ..."; an acronym ("LAA ...", "VCS ...") stays as it is.
    const bool acronym = text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1]));
    if (!text.empty() && !acronym) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}
std::string without_full_stop(std::string text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
    return text;
}
// The first sentence of a suggestion: the action; the rest stays in the schedule.
std::string first_sentence(const std::string& text) {
    for (std::size_t at = text.find(". "); at != std::string::npos; at = text.find(". ", at + 1)) {
        // "e.g. " and "(for example the DfES ...)" do not end a sentence.
        const bool abbreviation = at >= 1 && at + 2 < text.size() && std::islower(static_cast<unsigned char>(text[at + 2]));
        if (!abbreviation) return text.substr(0, at + 1);
    }
    return text;
}

// "2005-11-09" -> "9 November 2005"; anything else is shown as the draft wrote it.
std::string long_date(const std::string& iso, const LetterTemplates& t) {
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                        std::all_of(iso.begin(), iso.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shaped) return iso;
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
    return std::to_string(day) + " " + t.list("/months")[month - 1] + " " + iso.substr(0, 4);
}

// "a", "a and b", "a, b and c".
std::string join(const std::vector<std::string>& items, const LetterTemplates& t) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? t.fill("/list_and") : ", ") + items[i];
    return out;
}

std::string count_word(std::size_t n, const LetterTemplates& t) {
    const auto words = t.list("/numbers");
    return n < words.size() ? words[n] : std::to_string(n);
}

bool contains_any(std::string text, const std::vector<std::string>& words) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::any_of(words.begin(), words.end(), [&](std::string w) {
        std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
        return !w.empty() && text.find(w) != std::string::npos;
    });
}

// The entity a finding is about: the element of a top-level list its pointer leads into
// ("/indicators/3/baseline" -> indicators, 3); none for the draft as a whole or a section of it.
struct EntityRef {
    std::string list;
    std::size_t index = 0;
    bool operator<(const EntityRef& o) const { return std::tie(list, index) < std::tie(o.list, o.index); }
};

std::optional<EntityRef> entity_of(const std::string& pointer) {
    if (pointer.size() < 2 || pointer[0] != '/') return std::nullopt;
    const std::size_t second = pointer.find('/', 1);
    if (second == std::string::npos) return std::nullopt;
    const std::size_t third = pointer.find('/', second + 1);
    const std::string index = pointer.substr(second + 1, third == std::string::npos ? std::string::npos : third - second - 1);
    if (index.empty() || index.size() > 9 || !std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return EntityRef{pointer.substr(1, second - 1), static_cast<std::size_t>(std::stoul(index))};
}

struct TimetableDate {
    std::string date, label, type, covers;
};

}  // namespace


namespace {

class Composer {
public:
    Composer(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& t, const Sections& sections,
             const std::vector<RuleMeta>& rules, const LetterOptions& options)
        : report_(report), changes_(changes), t_(t), sections_(sections), options_(options) {
        const json& facts = report.facts;
        agreement_ = member(facts, "agreement");
        submission_ = member(facts, "submission");
        entities_ = member(facts, "entities");
        for (const auto& block : member(facts, "blocks"))
            if (!text_of(block, "id").empty()) blocks_.push_back(block);
        for (const auto& pointer : member(facts, "present"))
            if (pointer.is_string()) present_.insert(pointer.get<std::string>());
        for (const auto& rule : rules) rules_.emplace(rule.id, &rule);
        kind_ = say_entry("/kinds", report.kind);
        if (kind_.empty()) kind_ = report.kind;
        office_ = &t.office(report.kind == "lpsa2" ? "ODPM" : text_of(agreement_, "government_office"));
        group_findings();
    }

    Letter compose() {
        covering_letter();
        general_comments();
        letter_.body_end = letter_.parts.size();
        schedule();
        agreed_exceptions();
        return std::move(letter_);
    }

private:
    // One point the letter makes once: the findings of one rule in one section about one kind of
    // entity (or about the draft as a whole).
    struct Group {
        std::string section, rule, list;  // list: "indicators", ...; "" for the draft as a whole
        // The message id, when letter/templates.json words that kind of finding on its own
        // ("RULE:MESSAGE"); "" when the rule's findings are one point.
        std::string message;
        Severity severity = Severity::advice;
        std::vector<const Finding*> findings;
        std::vector<EntityRef> entities;  // distinct, in the draft's order
        // What the point counts against: how many entities of `list` it could be about, and the
        // entry of "entities" that names them.
        std::size_t total = 0;
        std::string words;
    };

    // --- wording: an entry for this kind of agreement ("by_kind/lpsa2/...") wins over the general one ---

    std::string kind_pointer(const std::string& pointer) const { return "/by_kind/" + report_.kind + pointer; }
    // The entry to use for `pointer`: this kind's own, else the general one; "" when neither exists.
    std::string pick(const std::string& pointer) const {
        if (t_.has(kind_pointer(pointer))) return kind_pointer(pointer);
        return t_.has(pointer) ? pointer : "";
    }
    bool has(const std::string& pointer) const { return !pick(pointer).empty(); }
    std::string say(const std::string& pointer, const TemplateVars& vars = {}) const {
        const std::string chosen = pick(pointer);
        return t_.fill(chosen.empty() ? pointer : chosen, vars);
    }
    std::string say_entry(const std::string& map, const std::string& key, const TemplateVars& vars = {}) const {
        if (t_.has(kind_pointer(map))) {
            std::string own = t_.entry(kind_pointer(map), key, vars);
            if (!own.empty()) return own;
        }
        return t_.entry(map, key, vars);
    }

    // --- what the letter draws on ---

    void group_findings() {
        std::map<std::tuple<std::string, std::string, std::string>, std::size_t> index;  // section, rule:message, list
        std::set<std::string> unknown;  // sections the rules use but sections.json does not list
        for (const auto& f : report_.findings) {
            if (f.rule == kRuleFailed) {
                rule_failed_ = true;
                continue;
            }
            const auto entity = entity_of(f.pointer);
            const bool named = entity && entities_.contains(entity->list);
            const std::string list = named ? entity->list : "";
            const std::string message = has("/summaries/" + f.rule + ":" + f.message_id) ? f.message_id : "";
            const auto [it, added] = index.emplace(std::tuple{f.section, f.rule + ":" + message, list}, groups_.size());
            if (added) groups_.push_back({f.section, f.rule, list, message, f.severity, {}, {}, 0, ""});
            Group& g = groups_[it->second];
            g.severity = std::max(g.severity, f.severity);
            g.findings.push_back(&f);
            if (named && std::find_if(g.entities.begin(), g.entities.end(), [&](const EntityRef& e) { return e.index == entity->index; }) ==
                             g.entities.end())
                g.entities.push_back(*entity);
            const auto worst = worst_.emplace(f.section, f.severity).first;
            worst->second = std::max(worst->second, f.severity);
            if (!sections_.find(f.section)) unknown.insert(f.section);
        }
        for (const auto& target : member(entities_, "reward_targets"))
            for (const auto& id : member(target, "measure_indicators")) reward_measure_ids_.insert(id.get<std::string>());
        for (auto& g : groups_) {
            std::sort(g.entities.begin(), g.entities.end());
            count_against(g);
        }
        // The most serious first, then the widest.
        std::stable_sort(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) {
            return a.severity != b.severity ? a.severity > b.severity : a.findings.size() > b.findings.size();
        });
        for (const auto& s : sections_.all()) order_.push_back(s.id);
        order_.insert(order_.end(), unknown.begin(), unknown.end());
    }

    // The entry of "entities" that names a list's entities ("themes" for a draft in local themes).
    std::string entity_words(const std::string& list) const {
        const std::string structured = "/entities/" + list + "@" + text_of(agreement_, "structure");
        return has(structured) ? structured : "/entities/" + list;
    }
    bool reward_measure(const EntityRef& e) const { return reward_measure_ids_.count(text_of(entity(e), "id")) > 0; }

    // Reward measures are indicators too, and the indicator rules file what they find on them
    // under reward targets (rules/lib/story.lua). So that no indicator is counted twice, a point
    // there counts the reward measures, and one under the indicators the others.
    void count_against(Group& g) const {
        g.total = std::max(list_size(g.list), g.entities.size());
        g.words = entity_words(g.list);
        if (g.list != "indicators" || reward_measure_ids_.empty()) return;
        const auto rule = rules_.find(g.rule);
        const bool indicator_rule = rule != rules_.end() && rule->second->section == "indicators";
        const bool on_measures = std::all_of(g.entities.begin(), g.entities.end(), [&](const EntityRef& e) { return reward_measure(e); });
        const bool on_others = std::none_of(g.entities.begin(), g.entities.end(), [&](const EntityRef& e) { return reward_measure(e); });
        std::size_t measures = 0;
        for (std::size_t i = 0; i < list_size("indicators"); ++i) measures += reward_measure({"indicators", i}) ? 1 : 0;
        if (g.section == "reward-targets" && on_measures) {
            g.total = std::max(measures, g.entities.size());
            g.words = "/entities/reward_measures";
        } else if (indicator_rule && g.section == rule->second->section && on_others) {
            g.total = std::max(list_size("indicators") - measures, g.entities.size());
            g.words = "/entities/other_indicators";
        }
    }

    bool has_findings(const std::string& section) const { return worst_.count(section) > 0; }
    bool raises(const std::string& section, Severity at_least) const {
        return worst_.count(section) && worst_.at(section) >= at_least;
    }
    bool any_present(const json& pointers) const {
        return std::any_of(pointers.begin(), pointers.end(), [&](const json& p) { return p.is_string() && present_.count(p.get<std::string>()); });
    }
    bool fired(const std::string& rule) const {
        return std::any_of(report_.findings.begin(), report_.findings.end(), [&](const Finding& f) { return f.rule == rule; });
    }
    bool lacks_sections() const {
        return std::any_of(report_.findings.begin(), report_.findings.end(),
                           [](const Finding& f) { return starts_with(f.rule, "coverage.") && f.severity >= Severity::warning; });
    }

    std::string heading(const std::string& section) const {
        const std::string own = say_entry("/headings", section);
        if (!own.empty()) return own;
        const Section* s = sections_.find(section);
        return s ? s->heading : section;
    }
    std::string topic(const std::string& section) const {
        const std::string topic = say_entry("/topics", section);
        return topic.empty() ? heading(section) : topic;
    }
    std::string key_issue(const std::string& section) const {
        const std::string own = say_entry("/key_issues", section);
        if (!own.empty()) return own;
        const Section* s = sections_.find(section);
        return s ? s->key_issue : section;
    }
    std::string block_name(const json& block) const {
        const std::string name = text_of(block, "name");
        return name.empty() ? text_of(block, "code") : name;
    }
    const json& entity(const EntityRef& e) const {
        static const json none = json::object();
        const json& list = member(entities_, e.list.c_str());
        return list.is_array() && e.index < list.size() ? list[e.index] : none;
    }
    // How the letter names an entity: its title in the draft's own words, in quotes; a reward target
    // with no title by its number; "" when the draft gives neither.
    std::string entity_name(const EntityRef& e) const {
        const json& item = entity(e);
        std::string title = text_of(item, "title");
        if (title.empty()) title = text_of(item, "name");
        if (!title.empty()) return "'" + title + "'";
        const std::string number = text_of(item, "number");
        return number.empty() ? "" : t_.fill("/subject/numbered", {{"number", number}});
    }
    std::size_t list_size(const std::string& list) const {
        const json& items = member(entities_, list.c_str());
        return items.is_array() ? items.size() : 0;
    }

    // --- parts ---

    void heading_part(int level, std::string text) { letter_.parts.push_back({LetterPart::Kind::heading, level, std::move(text), {}, {}}); }
    void paragraph(std::string text) {
        if (!text.empty()) letter_.parts.push_back({LetterPart::Kind::paragraph, 0, std::move(text), {}, {}});
    }
    void bullets(std::vector<std::string> items) {
        if (!items.empty()) letter_.parts.push_back({LetterPart::Kind::bullets, 0, "", std::move(items), {}});
    }

    // --- the points, in words ---

    // "Five of the 11 indicators ('a', 'b', 'c' and two others)": who a point is about.
    std::string subject(const Group& g, bool with_names) const {
        const std::size_t count = g.entities.size(), total = g.total;
        const std::string& list = g.words;
        const bool known = has(list);
        const std::string thing = known ? say(list + "/one") : g.list, things = known ? say(list + "/many") : g.list;
        std::vector<std::string> names;
        std::size_t unnamed = 0;
        for (const auto& e : g.entities) {
            std::string name = entity_name(e);
            if (name.empty()) ++unnamed;
            else names.push_back(std::move(name));
        }
        const std::size_t shown = static_cast<std::size_t>(std::max(1, t_.number("/subject/names_shown")));
        std::string named;
        if (names.size() > shown) {
            const std::size_t more = names.size() - shown + unnamed;
            names.resize(shown);
            std::string listed;
            for (const auto& name : names) listed += (listed.empty() ? "" : ", ") + name;
            named = more == 1 ? say("/subject/names_one_more", {{"names", listed}})
                              : say("/subject/names_more", {{"names", listed}, {"more", count_word(more, t_)}});
        } else {
            named = join(names, t_);
        }
        const TemplateVars vars{{"count", count_word(count, t_)}, {"total", count_word(total, t_)}, {"thing", thing},
                                {"things", things}, {"names", named}};
        if (count == total && total > 1) return t_.fill("/subject/all", vars);
        if (!with_names || named.empty()) return t_.fill(count == 1 ? "/subject/one_unnamed" : "/subject/some_unnamed", vars);
        if (count == 1) return t_.fill(total == 1 ? "/subject/only" : "/subject/one_of", vars);
        return t_.fill("/subject/some", vars);
    }

    std::string subject_none(const Group& g) const {
        return say("/subject/none", {{"count", count_word(g.entities.size(), t_)}, {"total", count_word(g.total, t_)},
                                     {"thing", say(g.words + "/one")}, {"things", say(g.words + "/many")}, {"names", ""}});
    }

    // The entry of `map` ("/summaries/", "/advice/") for a group: the one for its message
    // ("RULE:MESSAGE"), else for its kind of entity ("RULE@LIST"), else for the rule; "" for none.
    std::string keyed_entry(const std::string& map, const Group& g, const std::string& message) const {
        for (const std::string& key : {message.empty() ? "" : g.rule + ":" + message, g.rule + "@" + g.list, g.rule})
            if (!key.empty() && has(map + key)) return map + key;
        return "";
    }

    // The sentence for a group: its summary in letter/templates.json, or the rule's own message when
    // it is about the draft as a whole, or the rule's title when no summary has been written.
    std::string point(const Group& g, bool with_names) const {
        // Rule ids hold no "/" or "~", so they need no escaping in a pointer.
        const std::string summary = keyed_entry("/summaries/", g, g.message);
        if (g.list.empty()) {
            if (!summary.empty() && has(summary + "/whole")) return say(summary + "/whole");
            std::vector<std::string> said;
            for (const Finding* f : g.findings)
                if (std::find(said.begin(), said.end(), f->message) == said.end()) said.push_back(f->message);
            std::string out;
            for (const auto& s : said) out += (out.empty() ? "" : " ") + s;
            return out;
        }
        // "None of the 12 funding streams yet says ..." reads better than "All 12 ... do not say".
        const bool every = g.entities.size() > 1 && g.entities.size() >= g.total;
        const std::string fallback = "/fallback";
        const bool none_form = every && has((summary.empty() ? fallback : summary) + "/none");
        const std::string form = none_form ? "/none" : g.entities.size() == 1 ? "/one" : "/many";
        const TemplateVars vars{{"subject", none_form ? subject_none(g) : subject(g, with_names)}};
        if (!summary.empty() && has(summary + form)) return capitalised(say(summary + form, vars)) + ".";
        const auto rule = rules_.find(g.rule);
        const std::string expectation = rule == rules_.end() ? g.rule : uncapitalised(without_full_stop(rule->second->title));
        return capitalised(say(fallback + form, {{"subject", none_form ? subject_none(g) : subject(g, with_names)}, {"expectation", expectation}})) + ".";
    }

    // What a point says is missing from each of its entities ("a definition"), when its summary
    // says it as a gap; "" when it does not.
    std::string gap(const Group& g) const {
        const std::string summary = keyed_entry("/summaries/", g, g.message);
        return !summary.empty() && has(summary + "/gap") ? say(summary + "/gap") : "";
    }

    // A section's points, in order. Points about the very same entities, each with a gap, are one
    // sentence: "None of the six indicators ... yet gives a definition, ... or a target for each year."
    std::vector<std::string> points_in(const std::string& section) const {
        const std::vector<const Group*> groups = groups_in(section);
        std::vector<bool> merged(groups.size(), false);
        std::vector<std::string> out;
        auto same_entities = [](const Group& a, const Group& b) {
            return !a.list.empty() && a.list == b.list && a.words == b.words && a.entities.size() == b.entities.size() &&
                   std::equal(a.entities.begin(), a.entities.end(), b.entities.begin(), [](const EntityRef& x, const EntityRef& y) { return x.index == y.index; });
        };
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (merged[i]) continue;
            std::vector<std::string> gaps{gap(*groups[i])};
            for (std::size_t j = i + 1; j < groups.size() && !gaps.front().empty(); ++j)
                if (!merged[j] && same_entities(*groups[i], *groups[j]) && !gap(*groups[j]).empty()) {
                    gaps.push_back(gap(*groups[j]));
                    merged[j] = true;
                }
            out.push_back(gaps.size() > 1 ? combined(*groups[i], gaps) : point(*groups[i], true));
        }
        return out;
    }

    std::string combined(const Group& g, const std::vector<std::string>& gaps) const {
        std::string listed;
        for (std::size_t i = 0; i < gaps.size(); ++i)
            listed += (i == 0 ? "" : i + 1 == gaps.size() ? t_.fill("/list_or") : ", ") + gaps[i];
        const bool every = g.entities.size() > 1 && g.entities.size() >= g.total;
        const std::string form = every ? "/combined/none" : g.entities.size() == 1 ? "/combined/one" : "/combined/many";
        return capitalised(say(form, {{"subject", every ? subject_none(g) : subject(g, true)}, {"gaps", listed}})) + ".";
    }

    std::vector<const Group*> groups_in(const std::string& section) const {
        std::vector<const Group*> out;
        for (const auto& g : groups_)
            if (g.section == section) out.push_back(&g);
        return out;
    }

    // --- the covering letter ---

    std::string stage_words() const {
        if (report_.kind == "lpsa2") {
            const std::string negotiation = say_entry("/negotiation_stages", text_of(submission_, "negotiation_stage"));
            if (!negotiation.empty()) return negotiation;
        }
        std::string stage = say_entry("/stages", report_.stage);
        return stage.empty() ? say("/stages/unknown") : stage;
    }

    void covering_letter() {
        const std::string stage = stage_words();
        const std::string area = report_.area;
        const std::string agreement = area.empty() ? kind_ : area + " " + kind_;
        heading_part(1, say("/title", {{"office", office_->name}, {"stage", stage}, {"agreement", agreement}}));
        letter_.office = office_->name;
        std::string received = text_of(submission_, "received");
        if (received.empty()) received = text_of(submission_, "date");
        letter_.date = received.empty() ? "" : long_date(received, t_);
        letter_.reference = say("/reference", {{"agreement", agreement}, {"stage", stage}});
        const std::string partnership = text_of(agreement_, "partnership");
        for (const char* field : {"partnership", "lead_authority"})
            if (!text_of(agreement_, field).empty()) letter_.addressee.push_back(text_of(agreement_, field));

        const std::string whose =
            partnership.empty() ? say("/partnership_fallback") : partnership + (partnership.back() == 's' ? "'" : "'s");
        paragraph(received.empty()
                      ? say("/acknowledgement_undated", {{"partnership", whose}, {"stage", stage}, {"kind", kind_}})
                      : say("/acknowledgement", {{"partnership", whose}, {"stage", stage}, {"kind", kind_}, {"received", long_date(received, t_)}}));

        what_is_good();
        since_the_last_draft();
        paragraph(say("/judgements/" + overall_judgement(report_)));
        if (rule_failed_) paragraph(say("/incomplete_checks"));
        key_issues();
        next_steps();
        close();
    }

    // Praise only what the draft contains and the rules found sound, by name.
    void what_is_good() {
        std::vector<std::string> liked;
        for (const auto& item : t_.at("/praise_items")) {
            bool applies = false, clean = true;
            for (const auto& rule : item["rules"]) {
                const auto it = rules_.find(rule.get<std::string>());
                if (it != rules_.end() && it->second->applies_to(report_.kind)) applies = true;
                if (fired(rule.get<std::string>())) clean = false;
            }
            const bool all_present = std::all_of(item["present"].begin(), item["present"].end(),
                                                 [&](const json& p) { return present_.count(p.get<std::string>()) > 0; });
            if (applies && clean && all_present) liked.push_back(item["name"].get<std::string>());
        }
        std::string text = lacks_sections() ? "" : say("/appreciation");
        if (!liked.empty()) text += (text.empty() ? "" : " ") + say("/praise", {{"items", join(liked, t_)}});
        paragraph(text);
    }

    // With --previous: which earlier comments are now reflected and which still stand, by topic.
    void since_the_last_draft() {
        if (!changes_) return;
        std::set<std::string> stand, reflected;
        for (const auto& f : changes_->persisting)
            if (f.rule != kRuleFailed) stand.insert(f.section);
        for (const auto& f : changes_->resolved)
            if (f.rule != kRuleFailed && !stand.count(f.section)) reflected.insert(f.section);
        auto topics = [&](const std::set<std::string>& ids) {
            std::vector<std::string> out;
            for (const auto& id : order_)
                if (ids.count(id)) out.push_back(topic(id));
            return join(out, t_);
        };
        if (reflected.empty() && stand.empty()) return;
        if (stand.empty()) paragraph(say("/changes/reflected_all"));
        else if (reflected.empty()) paragraph(say("/changes/none_reflected", {{"topics", topics(stand)}}));
        else paragraph(say("/changes/reflected", {{"topics", topics(reflected)}}) + " " + say("/changes/persisting", {{"topics", topics(stand)}}));
    }

    // The point that best shows a key issue: the most serious, then one of the section's own rules
    // (not one filed there from another section, as the indicator rules file the reward measures),
    // then the one true of the largest share of its entities ("none of the five reward targets
    // ..."), then the widest.
    const Group* telling_point(const std::string& section) const {
        const Group* best = nullptr;
        std::tuple<Severity, bool, double> best_rank{Severity::advice, false, -1};
        for (const Group* g : groups_in(section)) {
            const auto rule = rules_.find(g->rule);
            const bool own = rule != rules_.end() && rule->second->section == section;
            const double share = g->list.empty() ? 0.5 : double(g->entities.size()) / double(std::max<std::size_t>(1, g->total));
            const std::tuple<Severity, bool, double> rank{g->severity, own, share};
            if (!best || rank > best_rank) {
                best = g;
                best_rank = rank;
            }
        }
        return best;
    }

    // The key issues, those that block sign-off first (then the most error points, then the
    // canonical order): at most key_issues_most.
    std::vector<std::string> ranked_issues() const {
        struct Issue {
            std::string section;
            Severity worst;
            std::size_t errors, order;
        };
        std::vector<Issue> issues;
        for (std::size_t i = 0; i < order_.size(); ++i) {
            const std::string& id = order_[i];
            if (!raises(id, Severity::warning) || id == "exceptions") continue;
            Issue issue{id, worst_.at(id), 0, i};
            for (const Group* g : groups_in(id))
                if (g->severity == Severity::error) ++issue.errors;
            issues.push_back(issue);
        }
        std::stable_sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
            if (a.worst != b.worst) return a.worst > b.worst;
            if (a.errors != b.errors) return a.errors > b.errors;
            return a.order < b.order;
        });
        const std::size_t most = static_cast<std::size_t>(std::max(1, t_.number("/key_issues_most")));
        std::vector<std::string> out;
        for (const auto& issue : issues)
            if (out.size() < most) out.push_back(issue.section);
        return out;
    }

    // About seven key issues, those that block sign-off first, each with one point from the draft.
    void key_issues() {
        const std::vector<std::string> issues = ranked_issues();
        if (issues.empty()) {
            paragraph(say("/no_key_issues"));
        } else {
            paragraph(say("/key_issues_intro"));
            std::vector<std::string> items;
            for (std::size_t i = 0; i < issues.size(); ++i) {
                const Group* first = telling_point(issues[i]);
                const std::string clause = uncapitalised(without_full_stop(first_sentence(point(*first, false))));
                items.push_back(say("/key_issue", {{"issue", key_issue(issues[i])}, {"clause", clause}}) +
                                (i + 1 == issues.size() ? "." : ";"));
            }
            bullets(std::move(items));
        }
        if (groups_.empty()) return;
        paragraph(say(issues.empty() ? "/annex_pointer_advice_only" : "/annex_pointer"));
    }

    std::vector<TimetableDate> timetable() const {
        // Only what lies ahead of this submission; with no submission date, everything the draft gives.
        const std::string since = text_of(submission_, "date").empty() ? text_of(submission_, "received") : text_of(submission_, "date");
        std::vector<TimetableDate> dates;
        for (const auto& d : member(submission_, "dates")) {
            TimetableDate entry{text_of(d, "date"), text_of(d, "label"), text_of(d, "type"), text_of(d, "covers")};
            if (entry.date.empty() || (!since.empty() && entry.date <= since)) continue;
            dates.push_back(std::move(entry));
        }
        std::stable_sort(dates.begin(), dates.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
        return dates;
    }

    // The meeting and the next submission in plain words; interim dates for the gaps as the
    // reviewer sets them (or as the draft records them), the reward element first when the letter
    // raises reward targets; none of the council's own internal dates.
    void next_steps() {
        heading_part(2, say("/next_steps/heading"));
        const std::vector<TimetableDate> dates = timetable();
        auto first_of = [&](const std::string& type) -> const TimetableDate* {
            const auto it = std::find_if(dates.begin(), dates.end(), [&](const auto& d) { return d.type == type; });
            return it == dates.end() ? nullptr : &*it;
        };
        const bool gaps = std::any_of(groups_.begin(), groups_.end(), [](const Group& g) { return g.severity >= Severity::warning; });
        bool said = false;
        if (const TimetableDate* meeting = first_of("meeting")) {
            // What the meeting is for follows what was found: many issues across the blocks, some
            // issues, only points of good practice, or nothing at all.
            const std::size_t issues = ranked_issues().size();
            const std::string purpose = issues > 1 && !blocks_.empty() ? "meeting_blocks"
                                        : issues > 0                   ? "meeting"
                                        : !groups_.empty()             ? "meeting_advice"
                                                                       : "meeting_clean";
            paragraph(say("/next_steps/" + purpose, {{"date", long_date(meeting->date, t_)}}));
            said = true;
        }
        std::string deadline;
        if (const TimetableDate* next = first_of("submission")) {
            const std::string next_stage = say_entry("/next_stages", report_.stage);
            const bool sign_off = contains_any(next_stage, t_.list("/sign_off_stage_words"));
            deadline = say(sign_off ? "/next_steps/deadline_sign_off" : "/next_steps/deadline",
                           {{"date", long_date(next->date, t_)}, {"next", next_stage.empty() ? say("/next_stages/unknown") : next_stage}});
            said = true;
        }
        // What stands in the way of sign-off: the topics with errors; when the next submission is the
        // one to be signed off, the first key issues too, whose warnings will by then be errors.
        std::vector<std::string> blocking;
        const bool sign_off_next = contains_any(say_entry("/next_stages", report_.stage), t_.list("/sign_off_stage_words"));
        const std::size_t most = static_cast<std::size_t>(std::max(1, t_.number("/next_steps_topics_most")));
        for (const auto& id : ranked_issues())
            if ((raises(id, Severity::error) || sign_off_next) && blocking.size() < most) blocking.push_back(topic(id));
        if (!blocking.empty() && !deadline.empty()) deadline += (deadline.empty() ? "" : " ") + say("/next_steps/blocking", {{"topics", join(blocking, t_)}});
        paragraph(deadline);
        if (gaps) interim_dates(dates, said);
        // With no dates, a timetable for the gaps; with none to fill, for what remains.
        if (!said) paragraph(say(gaps ? "/next_steps/none" : "/next_steps/none_clean"));
    }

    // With no timetable at all, the "none" text already asks for one, interim dates included.
    void interim_dates(const std::vector<TimetableDate>& dates, bool timetabled) {
        std::vector<TimetableDate> interim;
        for (const auto& d : options_.interim) interim.push_back({d.date, "", "interim", d.covers});
        if (interim.empty())
            std::copy_if(dates.begin(), dates.end(), std::back_inserter(interim), [](const auto& d) { return d.type == "interim"; });
        // The reward element first, as in GOEM's letter: reward targets take longest to agree.
        const bool reward = has_findings("reward-targets");
        if (reward) {
            const auto words = t_.list("/reward_words");
            std::stable_partition(interim.begin(), interim.end(), [&](const auto& d) { return contains_any(d.covers + " " + d.label, words); });
        }
        if (interim.empty()) {
            if (!timetabled) return;
            const std::string first = reward ? say("/next_steps/interim_reward_first") : "";
            paragraph(options_.reviewer ? say("/reviewer_prompt", {{"text", say("/next_steps/interim_prompt", {{"first", first}})}})
                                        : say("/next_steps/interim_unset", {{"first", first}}));
            return;
        }
        std::vector<std::string> items;
        for (const auto& d : interim)
            items.push_back(say("/next_steps/interim_item", {{"date", long_date(d.date, t_)}, {"covers", d.covers.empty() ? d.label : d.covers}}));
        paragraph((interim.size() == 1 ? say("/next_steps/interim_one", {{"dates", items[0]}})
                                       : say("/next_steps/interim_many", {{"count", count_word(interim.size(), t_)}, {"dates", join(items, t_)}})) +
                  " " + say("/next_steps/interim_close"));
    }

    // The close and signature from the office profile; what the profile leaves empty is a marked
    // field for the reviewer to fill in, so that no letter goes out in a name nobody gave it.
    void close() {
        const OfficeProfile& o = *office_;
        auto field = [&](const std::string& value, const char* name) { return value.empty() ? say(std::string("/fields/") + name) : value; };
        const std::string contact = say("/close/contact_phone", {{"contact", field(o.contact, "contact")}, {"phone", field(o.phone, "phone")}});
        paragraph(say("/close/with_contact", {{"contact", contact}}));
        paragraph(field(o.signatory, "signatory"));
        paragraph(field(o.title, "title"));
        paragraph(o.name);
    }

    // --- general comments: each topic once, its points synthesised ---

    // The steps the general comments ask for, by section (in the order of order_, so begin() is
    // the first section to have any): each once in the letter, worded for one item or several
    // (letter/templates.json "advice"), else the first sentence of the rule's suggestion.
    // Advice's suggestions stay in the schedule: the body asks for what matters.
    TemplateVars entity_vars(const Group& g) const {
        if (!has(g.words + "/one")) return {{"thing", ""}, {"things", ""}};
        return {{"thing", say(g.words + "/one")}, {"things", say(g.words + "/many")}};
    }
    struct ByOrder {
        const std::vector<std::string>* order;
        bool operator()(const std::string& a, const std::string& b) const {
            return std::find(order->begin(), order->end(), a) < std::find(order->begin(), order->end(), b);
        }
    };
    std::map<std::string, std::vector<std::string>, ByOrder> actions_by_section() const {
        std::map<std::string, std::vector<std::string>, ByOrder> out(ByOrder{&order_});
        std::set<std::string> suggested;
        for (const auto& id : order_)
            for (const Group* g : groups_in(id)) {
                const Finding& first = *g->findings.front();
                if (first.suggestion.empty() || g->severity == Severity::advice) continue;
                const std::string advice = keyed_entry("/advice/", *g, first.message_id);
                const std::string action =
                    advice.empty() ? capitalised(without_full_stop(first_sentence(first.suggestion))) + "."
                                   : say(advice + (g->entities.size() > 1 ? "/many" : "/one"), entity_vars(*g));
                if (suggested.insert(action).second) out[id].push_back(action);
            }
        return out;
    }

    bool for_this_kind(const json& prompt) const {
        const json& kinds = prompt["kinds"];
        return std::find(kinds.begin(), kinds.end(), report_.kind) != kinds.end();
    }

    void general_comments() {
        const json& prompts = t_.at("/reviewer_prompts");
        auto prompts_for = [&](const std::string& section) {
            std::vector<std::string> out;
            if (!options_.reviewer) return out;
            for (const auto& p : prompts)
                if (p.value("section", "") == section && for_this_kind(p)) out.push_back(say("/reviewer_prompt", {{"text", p["text"].get<std::string>()}}));
            return out;
        };
        const bool any = !groups_.empty() || (options_.reviewer && std::any_of(prompts.begin(), prompts.end(), [&](const json& p) { return for_this_kind(p); }));
        if (!any) return;
        heading_part(2, say("/annex/general_heading"));
        const auto actions = actions_by_section();
        // The risk once, under the issue that most blocks sign-off, as GOEM said it of reward targets.
        const auto ranked = ranked_issues();
        const std::string risk = !ranked.empty() && raises(ranked.front(), Severity::error) ? ranked.front() : "";
        for (const auto& id : order_) {
            const auto to_add = prompts_for(id);
            if (!has_findings(id) && to_add.empty()) continue;
            heading_part(3, heading(id));
            // Acknowledge the work only where the draft has something to show for it.
            const std::string ack = "/annex/acknowledge/" + id;
            std::string opening;
            if (t_.has(ack) && any_present(t_.at(ack + "/when"))) opening = say(ack + "/text", {{"topic", topic(id)}});
            if (id == risk) opening += (opening.empty() ? "" : " ") + say("/annex/risk", {{"kind", kind_}});
            paragraph(opening);
            for (const auto& text : points_in(id)) paragraph(text);
            const auto here = actions.find(id);
            if (here != actions.end()) {
                // The lead-in once, so that no sentence of the letter is said twice; it says
                // "and under the topics below" only when more steps follow.
                if (here == actions.begin())
                    paragraph(say(actions.size() > 1 ? "/annex/encourage" : "/annex/encourage_here"));
                bullets(here->second);
            }
            for (const auto* topics : {&office_->examples, &office_->help})
                if (const auto it = topics->find(id); it != topics->end())
                    for (const auto& text : it->second) paragraph(text);
            for (const auto& p : to_add) paragraph(p);
        }
        // Prompts for headings no section covers (Transport, cross-cutting themes).
        for (const auto& p : prompts)
            if (options_.reviewer && !p.contains("section") && for_this_kind(p)) {
                heading_part(3, p["heading"].get<std::string>());
                paragraph(say("/reviewer_prompt", {{"text", p["text"].get<std::string>()}}));
            }
    }

    // --- the schedule: every finding, by section and block, with the draft's own titles ---

    // A rule's message names entities by id as well as title ("Priority pri-prevention,
    // 'Prevention', does not ..."), and an id means nothing to a council officer: the schedule
    // gives the title alone ("Priority 'Prevention' does not ...").
    std::string titles_for_ids(std::string text) const {
        auto id_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; };
        for (const auto& [id, title] : id_titles_)
            for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
                const std::size_t end = at + id.size();
                if ((at > 0 && id_char(text[at - 1])) || (end < text.size() && id_char(text[end]) && text[end] != '.')) continue;
                // "ID, 'Title', does" -> "'Title' does": the title the message quotes stays; a
                // bare id becomes the title.
                if (text.compare(end, 2 + title.size(), ", " + title) != 0) {
                    text.replace(at, id.size(), title);
                    continue;
                }
                const std::size_t close = end + 2 + title.size();
                if (text.compare(close, 2, ", ") == 0) text.erase(close, 1);
                text.erase(at, end + 2 - at);
            }
        return text;
    }

    // Where a finding is: the council's reference (`ref`, "page 6") first, the line of the draft
    // file after it. A finding about the draft as a whole has no line to point to: the line of its
    // first brace would only send the reader to the top of the file.
    std::string where(const Finding& f, const std::string& ref) const {
        if (f.pointer.empty()) return say("/schedule/draft_wide");
        const std::string line = std::to_string(f.line);
        return ref.empty() ? say("/schedule/line", {{"line", line}}) : say("/schedule/ref_and_line", {{"ref", ref}, {"line", line}});
    }

    void schedule() {
        if (groups_.empty()) return;
        for (const auto& [list, items] : entities_.items())
            for (std::size_t i = 0; i < items.size(); ++i) {
                const std::string id = text_of(items[i], "id"), title = entity_name({list, i});
                if (!id.empty() && !title.empty()) id_titles_.emplace_back(id, title);
            }
        std::stable_sort(id_titles_.begin(), id_titles_.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        heading_part(2, say("/schedule/heading"));
        paragraph(say("/schedule/intro"));
        LetterPart table{LetterPart::Kind::table, 0, "", {}, {}};
        table.rows.push_back({say("/schedule/section"), say("/schedule/block"), say("/schedule/item"), say("/schedule/point"),
                              say("/schedule/action"), say("/schedule/reference")});
        std::map<std::string, std::size_t> block_order;
        std::map<std::string, std::string> block_names;
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            block_order.emplace(text_of(blocks_[i], "id"), i + 1);
            block_names.emplace(text_of(blocks_[i], "id"), block_name(blocks_[i]));
        }
        struct Row {
            std::size_t section, block;
            const Finding* f;
        };
        std::vector<Row> rows;
        for (const auto& f : report_.findings) {
            if (f.rule == kRuleFailed) continue;
            const auto section = std::find(order_.begin(), order_.end(), f.section) - order_.begin();
            const auto block = f.block && block_order.count(*f.block) ? block_order.at(*f.block) : 0;
            rows.push_back({static_cast<std::size_t>(section), block, &f});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return std::tie(a.section, a.block) < std::tie(b.section, b.block);
        });
        // A suggestion in full once per topic, however many blocks it recurs in. After that, "as
        // above" when the row above has it too, else "as for" the item it was given for, since the
        // row above may be another kind of point with a step of its own.
        using Advice = std::tuple<std::size_t, std::string, std::string>;  // section, rule, suggestion
        std::map<Advice, std::string> given_for;                           // -> the item it was given for
        std::optional<Advice> above;
        for (const auto& row : rows) {
            const Finding& f = *row.f;
            const auto e = entity_of(f.pointer);
            const json& item = e ? entity(*e) : json::object();
            std::string name = text_of(item, "title");
            if (name.empty()) name = text_of(item, "name");
            std::string called = name.empty() ? "" : "'" + name + "'";  // the item in running text
            if (name.empty() && !text_of(item, "number").empty()) name = called = t_.fill("/subject/numbered", {{"number", text_of(item, "number")}});
            if (name.empty()) name = called = say("/schedule/whole");
            const std::string block = f.block && block_names.count(*f.block) ? block_names.at(*f.block) : say("/schedule/general");
            const Advice advice{row.section, f.rule, f.suggestion};
            const auto [given, first] = given_for.emplace(advice, called);
            const std::string action = first           ? titles_for_ids(f.suggestion)
                                       : above == advice ? say("/schedule/as_above")
                                                         : say("/schedule/as_for", {{"item", given->second}});
            above = advice;
            table.rows.push_back({heading(f.section), block, name, titles_for_ids(f.message), action, where(f, text_of(item, "ref"))});
        }
        letter_.parts.push_back(std::move(table));
    }

    // The findings the Government Office agreed to accept, with the reason, in their own section.
    void agreed_exceptions() {
        if (report_.accepted.empty()) return;
        heading_part(2, say("/exceptions/heading"));
        paragraph(say("/exceptions/intro"));
        std::vector<std::string> items;
        for (const auto& a : report_.accepted) {
            TemplateVars vars{{"message", without_full_stop(a.finding.message)}, {"where", where(a.finding, "")}, {"reason", a.exception.reason}};
            if (a.exception.agreed_by.empty()) {
                items.push_back(say("/exceptions/item", vars));
                continue;
            }
            vars["who"] = a.exception.agreed_by;
            vars["date"] = a.exception.date.empty() ? "" : ", " + long_date(a.exception.date, t_);
            items.push_back(say("/exceptions/item_agreed", vars));
        }
        bullets(std::move(items));
    }

    const DraftReport& report_;
    const FindingChanges* changes_;
    const LetterTemplates& t_;
    const Sections& sections_;
    const LetterOptions& options_;
    std::map<std::string, const RuleMeta*> rules_;
    json agreement_, submission_, entities_;
    std::vector<json> blocks_;  // the draft's blocks that have an id, in its order
    std::set<std::string> present_;
    std::set<std::string> reward_measure_ids_;  // the indicators that are a reward target's measures
    std::vector<std::pair<std::string, std::string>> id_titles_;  // id -> 'title', longest ids first (the schedule)
    std::string kind_;
    const OfficeProfile* office_;
    bool rule_failed_ = false;
    std::vector<std::string> order_;  // section ids: canonical order, then any others
    std::map<std::string, Severity> worst_;
    std::vector<Group> groups_;
    Letter letter_;
};

}  // namespace

Letter compose_letter(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& templates,
                      const Sections& sections, const std::vector<RuleMeta>& rules, const LetterOptions& options) {
    return Composer(report, changes, templates, sections, rules, options).compose();
}

LetterSources LetterSources::load(const Installation& installation) {
    return {load_letter_templates(installation), installation.rules.list().rules};
}

std::vector<Letter> compose_letters(const RenderContext& context, const LetterSources* sources) {
    std::map<const Installation*, LetterSources> loaded;  // once per installation, not per draft
    const auto sources_for = [&](const Installation& installation) -> const LetterSources& {
        if (sources && &installation == &context.installation) return *sources;
        auto it = loaded.find(&installation);
        if (it == loaded.end()) it = loaded.emplace(&installation, LetterSources::load(installation)).first;
        return it->second;
    };
    std::vector<Letter> letters;
    for (std::size_t i = 0; i < context.reports.size(); ++i) {
        if (!context.reports[i].checked) {
            letters.emplace_back();
            continue;
        }
        const Installation& installation = installation_for(context, i);
        const LetterSources& these = sources_for(installation);
        letters.push_back(compose_letter(context.reports[i], changes_for(context, i), these.templates, installation.rules.sections(),
                                         these.rules, context.letter));
    }
    return letters;
}

}  // namespace draftcheck
