#pragma once
// Checks one draft file end to end: load, schema, rules, then positions for what was found.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "check/check_options.h"
#include "check/installation.h"
#include "core/agreed_exception.h"
#include "core/finding.h"
#include "load/source_text.h"
#include "rules/rule_session.h"

namespace draftcheck {

struct DraftReport {
    std::string file;
    bool checked = false;
    std::string error;  // "FILE:LINE:COL: error: ..." when the draft could not be checked
    std::string kind;
    std::string stage;
    std::string area;
    // What renderers need to know of the draft itself: its "agreement" and "submission" objects and
    // its blocks' ids, codes and names (not the whole draft, so a batch holds little).
    nlohmann::json facts = nlohmann::json::object();
    std::vector<Finding> findings;  // sorted by line, column, rule
    std::vector<AcceptedFinding> accepted;  // findings an agreed exception covers: not counted

    int count(Severity severity) const;
};

// With a `session` (one per thread), the rules are not compiled again for this draft. The path
// "-" is options.standard_input when that is set.
DraftReport check_draft(const Installation& installation, const std::string& path, const CheckOptions& options,
                        RuleSession* session = nullptr);

// The same for text already in memory, named `source.name()` in the report.
DraftReport check_source(const Installation& installation, const SourceText& source, const CheckOptions& options,
                         RuleSession* session = nullptr);

}  // namespace draftcheck
