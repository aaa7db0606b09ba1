#include "rules/sections.h"

#include <algorithm>
#include <set>

#include "load/json_file.h"

namespace draftcheck {

Sections Sections::load(const std::string& path) {
    const JsonFile file = read_json_file(path);
    if (!file.document.is_array()) file.fail("", "the sections file must be a list of {\"id\", \"heading\", \"key_issue\"} entries");
    Sections out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < file.document.size(); ++i) {
        const auto& entry = file.document[i];
        const std::string at = "/" + std::to_string(i);
        Section section;
        for (auto [field, target] : {std::pair{"id", &section.id}, {"heading", &section.heading}, {"key_issue", &section.key_issue}}) {
            if (!entry.is_object() || !entry.contains(field) || !entry[field].is_string() || entry[field].get<std::string>().empty())
                file.fail(at, std::string("section ") + std::to_string(i + 1) + " needs a non-empty text \"" + field + "\"");
            *target = entry[field].get<std::string>();
        }
        if (!seen.insert(section.id).second) file.fail(at + "/id", "the section id \"" + section.id + "\" is used twice");
        out.sections_.push_back(std::move(section));
    }
    return out;
}

const Section* Sections::find(const std::string& id) const {
    const auto it = std::find_if(sections_.begin(), sections_.end(), [&](const Section& s) { return s.id == id; });
    return it == sections_.end() ? nullptr : &*it;
}

std::size_t Sections::order(const std::string& id) const {
    const auto it = std::find_if(sections_.begin(), sections_.end(), [&](const Section& s) { return s.id == id; });
    return static_cast<std::size_t>(it - sections_.begin());
}

}  // namespace draftcheck
