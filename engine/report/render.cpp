#include "report/render.h"

#include <algorithm>
#include <stdexcept>

namespace draftcheck {

std::string change_mark(const Finding& f, const FindingChanges* changes) {
    if (!changes) return "";
    const bool kept = std::any_of(changes->persisting.begin(), changes->persisting.end(),
                                  [&](const Finding& p) { return p.fingerprint == f.fingerprint && p.rule == f.rule; });
    return kept ? "persisting" : "new";
}

const std::vector<std::string>& output_formats() {
    static const std::vector<std::string> formats = {"text", "list", "json", "letter", "html", "sarif", "junit", "github"};
    return formats;
}

void render(const std::string& format, const RenderContext& context, std::ostream& out, std::ostream& err) {
    if (format == "json") render_json(context, out);
    else if (format == "list") render_list(context, out, err);
    else if (format == "letter") render_letter(context, out, err);
    else if (format == "html") render_html(context, out);
    else if (format == "sarif") render_sarif(context, out);
    else if (format == "junit") render_junit(context.reports, out);
    else if (format == "github") render_github(context.reports, out);
    else if (format == "text") render_text(context, out, err);
    else throw std::invalid_argument("unknown output format " + format);
}

}  // namespace draftcheck
