#pragma once
// The wording of the Government Office letter (letter/templates.json) and the offices that sign it
// (letter/offices.json), read from the installation home so that a reviewer can change either
// without recompiling. docs/letter.md describes both files.
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/installation.h"

namespace draftcheck {

struct OfficeProfile {
    std::string name;       // "Government Office for the East Midlands"
    std::string signatory;  // empty: the letter is signed by the office's area team
    std::string title;      // the signatory's title
    std::string contact;    // empty: the close names the area team
    std::string phone;
    // Curated by the office's reviewers, by section id: good-practice examples to point to, and
    // offers of help, said where the letter comments on that section.
    std::map<std::string, std::vector<std::string>> examples, help;
};

using TemplateVars = std::map<std::string, std::string>;

class LetterTemplates {
public:
    // Reads DIR/templates.json and DIR/offices.json. Throws InputError at the line and column of a
    // missing or malformed entry, or of a {placeholder} that the text may not use.
    static LetterTemplates load(const std::string& dir);

    // The text at `pointer` in templates.json, with its {name} placeholders filled from `vars`.
    std::string fill(const std::string& pointer, const TemplateVars& vars = {}) const;
    // The member `key` of the object of texts at `map` (stages, kinds, topics, ...), filled; "" when
    // there is none.
    std::string entry(const std::string& map, const std::string& key, const TemplateVars& vars = {}) const;
    // A list of strings (months, numbers, reward_words).
    std::vector<std::string> list(const std::string& pointer) const;
    // Whether templates.json has an entry at `pointer`; the entry itself (praise items, prompts, ...);
    // a whole number (load() has checked each is one).
    bool has(const std::string& pointer) const;
    const nlohmann::json& at(const std::string& pointer) const;
    int number(const std::string& pointer) const;
    // Overrides signatory, title, contact and phone from a configuration's "government_office".
    void set_profile(const nlohmann::json& profile);
    // The profile for an office code such as "GOEM"; the "default" profile for any other code.
    const OfficeProfile& office(const std::string& code) const;

private:
    nlohmann::json templates_;
    std::map<std::string, OfficeProfile> offices_;
};

// The installation's templates, with its configuration's Government Office profile applied.
LetterTemplates load_letter_templates(const Installation& installation);

}  // namespace draftcheck
