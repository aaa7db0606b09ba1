#pragma once
// The sections findings are grouped under, in the order of a Government Office response, with
// their headings and key-issue wording. Read from rules/sections.json so reviewers can edit them.
#include <string>
#include <vector>

namespace draftcheck {

struct Section {
    std::string id;
    std::string heading;
    std::string key_issue;
};

class Sections {
public:
    // Throws InputError with the file's line and column when an entry lacks a field or repeats an id.
    static Sections load(const std::string& path);
    const std::vector<Section>& all() const { return sections_; }
    const Section* find(const std::string& id) const;
    // Position in the canonical order; unknown ids sort last.
    std::size_t order(const std::string& id) const;

private:
    std::vector<Section> sections_;
};

}  // namespace draftcheck
