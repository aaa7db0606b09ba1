#include "report/palette.h"

namespace draftcheck {
namespace {

std::string wrap(bool on, const char* code, std::string_view text) {
    return on ? std::string("\033[") + code + "m" + std::string(text) + "\033[0m" : std::string(text);
}

}  // namespace

std::string Palette::severity(Severity s) const {
    const char* code = s == Severity::error ? "1;31" : s == Severity::warning ? "33" : "36";
    return wrap(on, code, severity_name(s));
}

std::string Palette::bold(std::string_view text) const { return wrap(on, "1", text); }

}  // namespace draftcheck
