#include "report/letter.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>

namespace draftcheck {
namespace {

using nlohmann::json;

std::string text_of(const json& object, const char* key) {
    if (!object.is_object()) return "";
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
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

struct TimetableDate {
    std::string date, label, type, covers;
};

class Composer {
public:
    Composer(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& t, const Sections& sections,
             const std::vector<RuleMeta>& rules)
        : report_(report), changes_(changes), t_(t), sections_(sections), rules_(rules) {
        const json& facts = report.facts;
        agreement_ = facts.contains("agreement") ? facts["agreement"] : json::object();
        submission_ = facts.contains("submission") ? facts["submission"] : json::object();
        if (facts.contains("blocks") && facts["blocks"].is_array())
            for (const auto& block : facts["blocks"])
                if (!text_of(block, "id").empty()) blocks_.push_back(block);
        kind_ = t.entry("/kinds", report.kind);
        if (kind_.empty()) kind_ = report.kind;
        office_ = &t.office(text_of(agreement_, "government_office"));
        group_findings();
    }

    Letter compose() {
        covering_letter();
        annex();
        agreed_exceptions();
        return std::move(letter_);
    }

private:
    // --- what the letter draws on ---

    void group_findings() {
        std::set<std::string> block_ids;
        for (const auto& block : blocks_) block_ids.insert(text_of(block, "id"));
        std::set<std::string> unknown;  // sections the rules use but sections.json does not list
        for (const auto& f : report_.findings) {
            const bool in_block = f.block && block_ids.count(*f.block);
            (in_block ? by_block_[*f.block][f.section] : general_[f.section]).push_back(&f);
            const auto worst = worst_.emplace(f.section, f.severity).first;
            worst->second = std::max(worst->second, f.severity);
            if (!sections_.find(f.section)) unknown.insert(f.section);
        }
        for (const auto& s : sections_.all()) order_.push_back(s.id);
        order_.insert(order_.end(), unknown.begin(), unknown.end());
    }

    bool has_findings(const std::string& section) const { return worst_.count(section) > 0; }
    bool has_key_issues() const {
        return std::any_of(worst_.begin(), worst_.end(), [](const auto& entry) { return entry.second >= Severity::warning; });
    }
    bool raises(const std::string& section, Severity at_least) const {
        return worst_.count(section) && worst_.at(section) >= at_least;
    }

    std::string heading(const std::string& section) const {
        const Section* s = sections_.find(section);
        return s ? s->heading : section;
    }
    std::string topic(const std::string& section) const {
        const std::string topic = t_.entry("/topics", section);
        return topic.empty() ? heading(section) : topic;
    }
    std::string block_name(const json& block) const {
        const std::string name = text_of(block, "name");
        return name.empty() ? text_of(block, "id") : name;
    }

    // --- parts ---

    void heading_part(int level, std::string text) { letter_.parts.push_back({LetterPart::Kind::heading, level, std::move(text), {}}); }
    void paragraph(std::string text) {
        if (!text.empty()) letter_.parts.push_back({LetterPart::Kind::paragraph, 0, std::move(text), {}});
    }
    void bullets(std::vector<std::string> items) {
        if (!items.empty()) letter_.parts.push_back({LetterPart::Kind::bullets, 0, "", std::move(items)});
    }

    void covering_letter() {
        std::string stage = t_.entry("/stages", report_.stage);
        if (stage.empty()) stage = t_.fill("/stages/unknown");
        const std::string area = report_.area;
        heading_part(1, t_.fill("/title", {{"office", office_->name}, {"stage", stage}, {"agreement", area.empty() ? kind_ : area + " " + kind_}}));

        const std::string partnership = text_of(agreement_, "partnership");
        const std::string whose =
            partnership.empty() ? t_.fill("/partnership_fallback") : partnership + (partnership.back() == 's' ? "'" : "'s");
        std::string received = text_of(submission_, "received");
        if (received.empty()) received = text_of(submission_, "date");
        paragraph(received.empty()
                      ? t_.fill("/acknowledgement_undated", {{"partnership", whose}, {"stage", stage}, {"kind", kind_}})
                      : t_.fill("/acknowledgement",
                                {{"partnership", whose}, {"stage", stage}, {"kind", kind_}, {"received", long_date(received, t_)}}));

        what_is_good();
        judgement();
        key_issues();
        next_steps();
        close();
    }

    void what_is_good() {
        std::set<std::string> checked;  // sections some rule for this kind looks at
        for (const auto& rule : rules_)
            if (rule.applies_to(report_.kind)) checked.insert(rule.section);
        std::vector<std::string> good;
        for (const auto& id : order_)
            if (checked.count(id) && !has_findings(id)) good.push_back(topic(id));
        std::string text = t_.fill("/appreciation");
        if (!good.empty()) text += " " + t_.fill("/good_sections", {{"topics", join(good, t_)}});
        paragraph(text);

        if (!changes_) return;
        const auto& resolved = changes_->resolved;
        if (resolved.empty()) {
            paragraph(t_.fill("/changes/none_resolved"));
        } else {
            paragraph(resolved.size() == 1 ? t_.fill("/changes/resolved_one")
                                           : t_.fill("/changes/resolved", {{"count", std::to_string(resolved.size())}}));
            std::vector<std::string> items;
            for (const auto& f : resolved) items.push_back(f.message);
            bullets(std::move(items));
        }
        paragraph(t_.fill("/changes/counts", {{"persisting", std::to_string(changes_->persisting.size())},
                                              {"added", std::to_string(changes_->added.size())}}));
    }

    void judgement() {
        const int errors = report_.count(Severity::error);
        const int warnings = report_.count(Severity::warning);
        const json& judgements = t_.judgements();
        for (std::size_t i = 0; i < judgements.size(); ++i)
            if (errors >= judgements[i].value("min_errors", 0) && warnings >= judgements[i].value("min_warnings", 0)) {
                paragraph(t_.fill("/judgements/" + std::to_string(i) + "/text",
                                  {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}}));
                return;
            }
    }

    void key_issues() {
        std::vector<std::string> items;
        for (const auto& id : order_)
            if (raises(id, Severity::warning)) {
                const Section* s = sections_.find(id);
                items.push_back(s ? s->key_issue : id);
            }
        const bool none = items.empty();
        if (none) {
            paragraph(t_.fill("/no_key_issues"));
        } else {
            paragraph(t_.fill("/key_issues_intro"));
            for (std::size_t i = 0; i < items.size(); ++i) items[i] += i + 1 == items.size() ? "." : ";";
            bullets(std::move(items));
        }
        if (report_.findings.empty()) return;
        if (none) paragraph(t_.fill("/annex_pointer_advice_only"));
        else paragraph(t_.fill(by_block_.empty() ? "/annex_pointer_no_blocks" : "/annex_pointer"));
    }

    std::vector<TimetableDate> timetable() const {
        // Only what lies ahead of this submission; with no submission date, everything the draft gives.
        const std::string since = text_of(submission_, "date").empty() ? text_of(submission_, "received") : text_of(submission_, "date");
        std::vector<TimetableDate> dates;
        const json none = json::array();
        const json& listed = submission_.contains("dates") && submission_["dates"].is_array() ? submission_["dates"] : none;
        for (const auto& d : listed) {
            TimetableDate entry{text_of(d, "date"), text_of(d, "label"), text_of(d, "type"), text_of(d, "covers")};
            if (entry.date.empty() || entry.label.empty() || (!since.empty() && entry.date <= since)) continue;
            dates.push_back(std::move(entry));
        }
        std::stable_sort(dates.begin(), dates.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
        return dates;
    }

    void next_steps() {
        heading_part(2, t_.fill("/next_steps/heading"));
        std::vector<TimetableDate> dates = timetable();
        auto take_first = [&](const std::string& type) -> std::optional<TimetableDate> {
            const auto it = std::find_if(dates.begin(), dates.end(), [&](const auto& d) { return d.type == type; });
            if (it == dates.end()) return std::nullopt;
            TimetableDate found = *it;
            dates.erase(it);
            return found;
        };
        const bool had_dates = !dates.empty();
        if (const auto meeting = take_first("meeting"))
            paragraph(t_.fill("/next_steps/meeting", {{"date", long_date(meeting->date, t_)}, {"label", meeting->label}}));

        std::string deadline;
        if (const auto next = take_first("submission"))
            deadline = next->covers.empty()
                           ? t_.fill("/next_steps/deadline", {{"date", long_date(next->date, t_)}, {"label", next->label}})
                           : t_.fill("/next_steps/deadline_covers",
                                     {{"date", long_date(next->date, t_)}, {"label", next->label}, {"covers", next->covers}});
        std::vector<std::string> blocking;
        for (const auto& id : order_)
            if (raises(id, Severity::error)) blocking.push_back(topic(id));
        if (!blocking.empty()) deadline += (deadline.empty() ? "" : " ") + t_.fill("/next_steps/blocking", {{"topics", join(blocking, t_)}});
        paragraph(deadline);

        // Interim dates are for filling the gaps this letter raises; with none raised they are just
        // part of the timetable. The reward element comes first, as in GOEM's letter: reward
        // targets take longest to agree.
        std::vector<TimetableDate> interim;
        if (has_key_issues()) {
            std::copy_if(dates.begin(), dates.end(), std::back_inserter(interim), [](const auto& d) { return d.type == "interim"; });
            std::erase_if(dates, [](const auto& d) { return d.type == "interim"; });
        }
        const auto reward_words = t_.list("/reward_words");
        std::stable_partition(interim.begin(), interim.end(),
                              [&](const auto& d) { return contains_any(d.covers + " " + d.label, reward_words); });
        if (!interim.empty()) {
            std::vector<std::string> items;
            for (const auto& d : interim)
                items.push_back(t_.fill("/next_steps/interim_item", {{"date", long_date(d.date, t_)}, {"covers", d.covers.empty() ? d.label : d.covers}}));
            paragraph((interim.size() == 1 ? t_.fill("/next_steps/interim_one", {{"dates", items[0]}})
                                           : t_.fill("/next_steps/interim_many", {{"count", count_word(interim.size(), t_)}, {"dates", join(items, t_)}})) +
                      " " + t_.fill("/next_steps/interim_close"));
        }
        if (!dates.empty()) {
            paragraph(t_.fill("/next_steps/other_dates"));
            std::vector<std::string> items;
            for (const auto& d : dates) items.push_back(t_.fill("/next_steps/other_date_item", {{"date", long_date(d.date, t_)}, {"label", d.label}}));
            bullets(std::move(items));
        }
        if (!had_dates) paragraph(t_.fill("/next_steps/none"));
    }

    void close() {
        const OfficeProfile& o = *office_;
        if (o.contact.empty()) {
            paragraph(t_.fill("/close/without_contact", {{"office", o.name}}));
        } else {
            const std::string contact = o.phone.empty() ? o.contact : t_.fill("/close/contact_phone", {{"contact", o.contact}, {"phone", o.phone}});
            paragraph(t_.fill("/close/with_contact", {{"contact", contact}}));
        }
        if (o.signatory.empty()) {
            paragraph(t_.fill("/signature_unset", {{"office", o.name}}));
        } else {
            paragraph(o.signatory);
            paragraph(o.title);
            paragraph(o.name);
        }
    }

    // --- annex ---

    void annex() {
        if (report_.findings.empty()) return;
        heading_part(2, t_.fill("/annex/general_heading"));
        for (const auto& id : order_) {
            if (!has_findings(id)) continue;
            heading_part(3, heading(id));
            std::string opening = t_.entry("/annex/acknowledge", id, {{"topic", topic(id)}});
            if (opening.empty()) opening = t_.fill("/annex/acknowledge/default", {{"topic", topic(id)}});
            if (raises(id, Severity::error)) opening += " " + t_.fill("/annex/risk", {{"kind", kind_}});
            paragraph(opening);
            if (general_.count(id)) comments(general_.at(id));
            std::vector<std::string> named;
            for (const auto& block : blocks_) {
                const auto it = by_block_.find(text_of(block, "id"));
                if (it != by_block_.end() && it->second.count(id)) named.push_back(block_name(block));
            }
            if (!named.empty()) paragraph(t_.fill("/annex/see_blocks", {{"blocks", join(named, t_)}}));
        }
        if (by_block_.empty()) return;  // every block would say "no comments"
        heading_part(2, t_.fill("/annex/blocks_heading"));
        for (const auto& block : blocks_) {
            const TemplateVars vars{{"name", block_name(block)}, {"code", text_of(block, "code")}};
            heading_part(3, t_.fill("/annex/block_heading", vars));
            const auto it = by_block_.find(text_of(block, "id"));
            if (it == by_block_.end()) {
                paragraph(t_.fill("/annex/block_no_comments", vars));
                continue;
            }
            paragraph(t_.fill("/annex/block_acknowledge", vars));
            for (const auto& id : order_)
                if (it->second.count(id)) {
                    heading_part(4, heading(id));
                    comments(it->second.at(id));
                }
        }
    }

    // The findings the Government Office agreed to accept, with the reason, in their own section.
    void agreed_exceptions() {
        if (report_.accepted.empty()) return;
        heading_part(2, t_.fill("/exceptions/heading"));
        paragraph(t_.fill("/exceptions/intro"));
        std::vector<std::string> items;
        for (const auto& a : report_.accepted) {
            std::string message = a.finding.message;
            if (!message.empty() && message.back() == '.') message.pop_back();
            TemplateVars vars{{"message", message}, {"line", std::to_string(a.finding.line)}, {"reason", a.exception.reason}};
            if (a.exception.agreed_by.empty()) {
                items.push_back(t_.fill("/exceptions/item", vars));
                continue;
            }
            vars["who"] = a.exception.agreed_by;
            vars["date"] = a.exception.date.empty() ? "" : ", " + long_date(a.exception.date, t_);
            items.push_back(t_.fill("/exceptions/item_agreed", vars));
        }
        bullets(std::move(items));
    }

    // Findings that share a rule and a suggestion are listed together with the suggestion said
    // once, the way a reviewer groups like points; the most serious come first.
    void comments(const std::vector<const Finding*>& findings) {
        struct Group {
            Severity severity;
            std::vector<const Finding*> members;
        };
        std::vector<Group> groups;
        std::map<std::pair<std::string, std::string>, std::size_t> index;
        for (const Finding* f : findings) {
            const auto [it, added] = index.emplace(std::pair{f->rule, f->suggestion}, groups.size());
            if (added) groups.push_back({f->severity, {}});
            Group& g = groups[it->second];
            g.severity = std::max(g.severity, f->severity);
            g.members.push_back(f);
        }
        std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.severity > b.severity; });
        std::optional<Severity> said;
        for (const auto& g : groups) {
            if (said != g.severity) paragraph(t_.fill("/annex/lead/" + std::string(severity_name(g.severity))));
            said = g.severity;
            std::vector<std::string> items;
            for (const Finding* f : g.members) {
                std::string message = f->message;
                if (!message.empty() && message.back() == '.') message.pop_back();
                items.push_back(f->line > 0 ? t_.fill("/annex/finding", {{"message", message}, {"line", std::to_string(f->line)}})
                                            : t_.fill("/annex/finding_no_line", {{"message", message}}));
            }
            bullets(std::move(items));
            if (!g.members.front()->suggestion.empty())
                paragraph(t_.fill("/annex/suggestion", {{"suggestion", g.members.front()->suggestion}}));
        }
    }

    const DraftReport& report_;
    const FindingChanges* changes_;
    const LetterTemplates& t_;
    const Sections& sections_;
    const std::vector<RuleMeta>& rules_;
    json agreement_, submission_;
    std::vector<json> blocks_;  // the draft's blocks that have an id, in its order
    std::string kind_;
    const OfficeProfile* office_;
    std::vector<std::string> order_;  // section ids: canonical order, then any others
    std::map<std::string, Severity> worst_;
    std::map<std::string, std::vector<const Finding*>> general_;                                    // section -> findings
    std::map<std::string, std::map<std::string, std::vector<const Finding*>>> by_block_;          // block -> section -> findings
    Letter letter_;
};

}  // namespace

Letter compose_letter(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& templates,
                      const Sections& sections, const std::vector<RuleMeta>& rules) {
    return Composer(report, changes, templates, sections, rules).compose();
}

}  // namespace draftcheck
