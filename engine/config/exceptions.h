#pragma once
// Agreed exceptions: matching them to findings, and reporting those that no longer match anything
// or have expired, so a waiver cannot outlive the problem it excused unnoticed.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/check_draft.h"
#include "core/agreed_exception.h"

namespace draftcheck {

// The draft's own "exceptions" list. Entries the schema rejects (no rule or no reason) are left
// out here; the schema check reports them.
std::vector<AgreedException> exceptions_in_draft(const nlohmann::json& draft);

// A side file {"exceptions": [...]}, validated against schemas/exceptions.schema.json in `home`;
// an entry without a reason is an InputError at its line and column.
std::vector<AgreedException> load_exceptions_file(const std::string& path, const std::string& home);

// With the draft's exceptions untrusted: one engine.exception-claimed warning for each of
// `claimed` that no entry of `agreed` (the reviewer's file) confirms with the same rule and entity.
std::vector<Finding> unconfirmed_claims(const std::vector<AgreedException>& claimed, const std::vector<AgreedException>& agreed);

// Moves each finding an exception accepts from report.findings to report.accepted, and adds a
// warning for each exception that matched no finding (stale) or expired before the draft's
// submission date.
void apply_exceptions(DraftReport& report, const nlohmann::json& draft, const std::vector<AgreedException>& exceptions);

}  // namespace draftcheck
