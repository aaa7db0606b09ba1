#include "core/finding.h"

#include <tuple>

namespace draftcheck {

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::advice: return "advice";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
    if (name == "error") return Severity::error;
    if (name == "warning") return Severity::warning;
    if (name == "advice") return Severity::advice;
    return std::nullopt;
}

bool finding_less(const Finding& a, const Finding& b) {
    return std::tie(a.line, a.column, a.rule, a.pointer, a.message) <
           std::tie(b.line, b.column, b.rule, b.pointer, b.message);
}

}  // namespace draftcheck
