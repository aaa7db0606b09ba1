#pragma once
// The Government Office (or, for an LPSA2, ODPM) letter for one draft, as plain-text parts, so that
// the Markdown and HTML renderers say the same thing. The shape follows GOEM's response to
// Leicestershire's second draft LAA (guidance-research.md §3): acknowledgement, what is good, an
// overall judgement, key issues, next steps, close and signature, then the general comments by
// topic. Findings of one kind are said once, with counts and the draft's own titles; every single
// finding goes to the schedule of detailed comments after the letter. Pure: inputs in, parts out.
#include <string>
#include <vector>

#include "report/letter_templates.h"
#include "report/render.h"
#include "rules/rule_meta.h"

namespace draftcheck {

struct LetterPart {
    enum class Kind { heading, paragraph, bullets, table };
    Kind kind = Kind::paragraph;
    int level = 0;                                // headings: 1 for the title
    std::string text;                             // heading or paragraph; plain text, escaped by the renderer
    std::vector<std::string> items;               // bullets
    std::vector<std::vector<std::string>> rows;   // table: rows[0] is the header row
};

struct Letter {
    // What a printed letter puts above the text: the sender, the date of the letter (the day the
    // draft was received, or empty), the reference, and the addressee's lines.
    std::string office, date, reference;
    std::vector<std::string> addressee;
    std::vector<LetterPart> parts;  // parts[0] is the title
    // parts[0, body_end) are the letter body (covering letter and general comments); from
    // body_end on, the schedule of detailed comments and agreed exceptions.
    std::size_t body_end = 0;
};

// `report` must have been checked. `changes` is null without a previous draft. `rules` are the
// installation's rules (their titles word the points that have no summary of their own).
Letter compose_letter(const DraftReport& report, const FindingChanges* changes, const LetterTemplates& templates,
                      const Sections& sections, const std::vector<RuleMeta>& rules, const LetterOptions& options = {});

// What every letter of one installation is written from: its wording, with the configuration's
// Government Office profile applied, and its rules as listed. Loading reads letter/ and builds a
// rule session, so a caller that writes many letters (the server) loads these once.
// Immutable once loaded: threads may share one as long as none modifies it.
struct LetterSources {
    LetterTemplates templates;
    std::vector<RuleMeta> rules;

    static LetterSources load(const Installation& installation);
};

// The letter for each report of `context`, in order: each composed with the templates (and so the
// office profile) and the rules of the installation that report was checked with, so a batch over
// several areas' folders signs each letter as that area's configuration says. An empty Letter for
// a report that was not checked. `sources`, when given, serve the reports checked with
// context.installation (a caller that loaded them once); the others' are loaded here, once each.
std::vector<Letter> compose_letters(const RenderContext& context, const LetterSources* sources = nullptr);

// The Markdown letter and the printable HTML page (render_letter and render_html, render.h) of the
// `letters` that compose_letters made for `context`: a caller wanting both composes them once.
void write_letter(const RenderContext& context, const std::vector<Letter>& letters, std::ostream& out, std::ostream& err);
void write_letter_html(const RenderContext& context, const std::vector<Letter>& letters, const LetterTemplates& templates,
                       std::ostream& out);

}  // namespace draftcheck
