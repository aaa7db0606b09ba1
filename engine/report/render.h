#pragma once
// Prints check results. Every renderer is a pure function of its input, so the same drafts give
// the same bytes. Drafts that could not be checked are reported on `err` by the text formats and
// inside the document by json.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "check/check_draft.h"
#include "check/compare.h"
#include "report/palette.h"
#include "rules/sections.h"

namespace draftcheck {

// Set by the reviewer for one run (check --prompts, --interim).
struct LetterOptions {
    // A Government Office reviewer's draft: marked "[Area team to add: ...]" prompts for what no
    // rule can judge. Off for an officer's self-check.
    bool reviewer = false;
    struct Interim {
        std::string date, covers;  // YYYY-MM-DD; what must be ready by then
    };
    // Interim target dates for filling the gaps; when empty, the interim dates the draft records.
    std::vector<Interim> interim;
};

// Everything a renderer may draw on.
struct RenderContext {
    const std::vector<DraftReport>& reports;
    const Installation& installation;  // what every report shares (sections, letter wording); the first draft's
    // With --previous: one entry per report, in the same order; null otherwise.
    const std::vector<FindingChanges>* changes = nullptr;
    Palette palette = {};  // colour for text and list (on a terminal)
    LetterOptions letter = {};
    // Per report, the installation it was checked with, when a batch used several configurations
    // (each draft's own rules and office profile); empty when every report used `installation`.
    std::vector<const Installation*> installation_of = {};
};

// The installation report `i` of `context` was checked with.
inline const Installation& installation_for(const RenderContext& context, std::size_t i) {
    return context.installation_of.empty() ? context.installation : *context.installation_of[i];
}

// The version of the JSON documents draftcheck writes (docs/output-formats.md): raised when a field is
// removed or changes meaning, not when one is added.
inline constexpr int kJsonFormatVersion = 1;

// The formats `render` knows, for --format.
const std::vector<std::string>& output_formats();

// Renders `reports` in `format`, one of output_formats().
void render(const std::string& format, const RenderContext& context, std::ostream& out, std::ostream& err);

// With --previous (`changes` not null): "persisting" when `f` was raised on the previous draft
// too (matched by fingerprint), else "new"; "" without a previous draft.
std::string change_mark(const Finding& f, const FindingChanges* changes);

// The changes for report `i` of `context`, or null without --previous.
inline const FindingChanges* changes_for(const RenderContext& context, std::size_t i) {
    return context.changes ? &(*context.changes)[i] : nullptr;
}

// Findings grouped under section headings in the canonical order, for a person at a terminal; with
// --previous each is marked new or persisting, and the resolved ones are listed.
void render_text(const RenderContext& context, std::ostream& out, std::ostream& err);
// One line per finding: FILE:LINE:COL: SEVERITY: MESSAGE [RULE], for editors and grep; with
// --previous " (new)" or " (persisting)" after it, then FILE: resolved: MESSAGE [RULE] lines.
void render_list(const RenderContext& context, std::ostream& out, std::ostream& err);
// The formats --summary knows.
const std::vector<std::string>& summary_formats();
// check --summary in `format` (one of summary_formats()): one row per draft (file, area, Government
// Office, kind, stage, overall judgement, counts, the key-issue sections hit), then the totals.
void render_summary(const std::string& format, const RenderContext& context, std::ostream& out);
// The documented JSON contract (docs/output-formats.md), as a value and as the text render_json writes.
nlohmann::ordered_json json_document(const RenderContext& context);
void render_json(const RenderContext& context, std::ostream& out);
// The Government Office response letter in Markdown, worded from letter/templates.json.
// render_letter and render_html load what letters are written from at each call (LetterSources,
// letter.h); a caller that writes many composes them from sources it loaded once.
void render_letter(const RenderContext& context, std::ostream& out, std::ostream& err);
// One self-contained printable page: each draft's letter, then a table of its findings.
void render_html(const RenderContext& context, std::ostream& out);
// SARIF 2.1.0, one run for all drafts, for code-scanning tools.
void render_sarif(const RenderContext& context, std::ostream& out);
// JUnit XML, one test suite per draft and one test case per finding, for CI test reports.
void render_junit(const std::vector<DraftReport>& reports, std::ostream& out);
// GitHub Actions workflow commands (::error file=...::message), one annotation per finding.
void render_github(const std::vector<DraftReport>& reports, std::ostream& out);

}  // namespace draftcheck
