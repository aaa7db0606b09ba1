#pragma once
// The page's JSON API, as functions of the request body: no sockets here (server.cpp routes to
// these). What is listed (examples, rules, sections) and what letters are written from (their
// wording and the rules' metadata) are read once, when the server starts, not for every check.
//
//   POST /api/check     {"draft": TEXT, "name": "draft.json", "kind": "laa" (optional)}
//                       -> {"report": the `check --format json` document for TEXT,
//                           "letter": the letter in Markdown, "html": the printable letter page}
//   GET  /api/examples  -> [{"name", "area", "kind", "stage"}]; GET /api/examples/NAME -> its text
//   GET  /api/rules     -> {"sections": [{"id", "heading"}], "rules": [the `rules list --format json` rows]}
//   GET  /api/schema    -> schemas/draft.schema.json (served as a static file, see static_files.h)
//
// Thread safety: after construction every member is const, so the pool's threads share one Api;
// check() takes the caller's own session.
#include <map>
#include <string>

#include "check/installation.h"
#include "report/letter.h"
#include "rules/rule_session.h"

namespace draftcheck {

struct ApiResponse {
    int status = 200;
    std::string body;  // JSON
    // Where check() spent its time, in milliseconds (the Server-Timing header): reading the request
    // document, checking the draft (loading, schema, rules), and writing the answer (the findings,
    // the letter in both forms, the response text).
    double read_ms = 0, check_ms = 0, render_ms = 0;
    double queue_ms = 0;  // set by the server: the wait for a free worker
};

class Api {
public:
    // Lists the drafts in `examples_dir` (every .json file, by name; none if it is missing).
    Api(const Installation& installation, const std::string& examples_dir);

    // Checks the draft in `body` (the POST /api/check document) exactly as `draftcheck check`
    // would check the same text saved as `name`. A body that is not such a document is a 400.
    ApiResponse check(const std::string& body, RuleSession& session) const;

    const std::string& examples() const { return examples_; }
    // The text of the example named `name` (as listed), or null.
    const std::string* example(const std::string& name) const;
    const std::string& rules() const { return rules_; }

private:
    const Installation& installation_;
    CheckOptions options_;
    LetterSources letter_sources_;
    std::string examples_;
    std::map<std::string, std::string> example_texts_;  // listed name -> text, read at start
    std::string rules_;
};

// {"error": message} as JSON text.
std::string error_json(const std::string& message);

}  // namespace draftcheck
