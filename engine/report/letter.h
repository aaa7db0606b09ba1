#pragma once
// The Government Office letter for one draft, as plain-text parts, so that the Markdown and HTML
// renderers say the same thing. The shape follows GOEM's response to Leicestershire's second
// draft LAA (guidance-research.md §3): acknowledgement, what is good, an overall judgement, key
// issues, next steps, close and signature, then the annex of general and block comments.
#include <string>
#include <vector>

#include "report/letter_templates.h"
#include "report/render.h"
#include "rules/rule_meta.h"

namespace draftcheck {

struct LetterPart {
    enum class Kind { heading, paragraph, bullets };
    Kind kind = Kind::paragraph;
    int level = 0;                   // headings: 1 for the title
    std::string text;                // heading or paragraph; plain text, escaped by the renderer
    std::vector<std::string> items;  // bullets
};

struct Letter {
    std::vector<LetterPart> parts;  // parts[0] is the title
};

// `report` must have been checked. `changes` is null without a previous draft. `rules` are the
// installation's rules, to tell a section with no findings from a section nothing checks.
Letter compose_letter(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& templates,
                      const Sections& sections, const std::vector<RuleMeta>& rules);

}  // namespace draftcheck
