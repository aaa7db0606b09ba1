#include <map>
#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "report/finding_json.h"
#include "report/render_diff.h"

namespace draftcheck {
namespace {

void list_by_section(const char* heading, const std::vector<Finding>& findings, const Sections& sections, std::ostream& out) {
    out << "\n" << heading << " (" << findings.size() << ")\n";
    std::map<std::size_t, std::vector<const Finding*>> by_section;
    for (const auto& f : findings) by_section[sections.order(f.section)].push_back(&f);
    for (const auto& [order, group] : by_section) {
        const Section* section = sections.find(group.front()->section);
        out << "  " << escape::field(section ? section->heading : group.front()->section) << "\n";
        for (const Finding* f : group)
            out << "    " << f->line << ":" << f->column << "  " << severity_name(f->severity) << "  " << escape::field(f->message) << " [" << escape::field(f->rule) << "]\n";
    }
}

}  // namespace

void render_diff_text(const DraftReport& before, const DraftReport& after, const FindingChanges& changes, const Sections& sections,
                      std::ostream& out) {
    out << "Changes in findings from " << escape::field(before.file) << " to " << escape::field(after.file) << "\n";
    list_by_section("Resolved", changes.resolved, sections, out);
    list_by_section("New", changes.added, sections, out);
    list_by_section("Persisting", changes.persisting, sections, out);
}

void render_diff_json(const DraftReport& before, const DraftReport& after, const FindingChanges& changes, std::ostream& out) {
    using ordered = nlohmann::ordered_json;
    const auto list = [](const std::vector<Finding>& findings) {
        ordered items = ordered::array();
        for (const auto& f : findings) items.push_back(finding_json(f));
        return items;
    };
    const ordered document = {{"tool", {{"name", "draftcheck"}, {"version", DRAFTCHECK_VERSION}}},
                              {"previous", before.file},
                              {"current", after.file},
                              {"resolved", list(changes.resolved)},
                              {"new", list(changes.added)},
                              {"persisting", list(changes.persisting)}};
    out << document.dump(2, ' ', false, ordered::error_handler_t::replace) << "\n";
}

}  // namespace draftcheck
