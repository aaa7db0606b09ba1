#pragma once
// A finding: one thing a reviewer would say about one place in a draft.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draftcheck {

enum class Severity { advice = 0, warning = 1, error = 2 };

std::string_view severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view name);

struct Finding {
    std::string rule;
    std::string message_id;  // the kind of finding, from the rule's messages; "" for the engine's own
    Severity severity = Severity::error;
    std::string section;
    std::optional<std::string> block;
    std::string pointer;  // RFC 6901 JSON pointer into the draft; "" is the whole document
    int line = 0;         // 1-based; 0 until positions are resolved
    int column = 0;       // 1-based, counted in Unicode code points
    std::string message;
    std::string suggestion;
    std::string guidance;
    // Stable across redrafts: built from the rule and the ids of the entities on the path to the
    // finding, not array positions (check/fingerprint.h). Empty until the check sets it.
    std::string fingerprint;
};

// Sorted by line, column, rule, then the rest, so equal input gives equal bytes out.
bool finding_less(const Finding& a, const Finding& b);

}  // namespace draftcheck
