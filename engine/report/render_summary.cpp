#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "report/escape.h"
#include "report/judgement.h"
#include "report/render.h"

namespace draftcheck {
namespace {

using ordered = nlohmann::ordered_json;

// What one summary row says about a draft.
struct Row {
    const DraftReport* report;
    std::string office, stage, negotiation_stage, judgement;
    std::vector<std::string> key_issues;  // section ids, canonical order
};

std::string fact(const DraftReport& r, const char* object, const char* field) {
    const auto it = r.facts.find(object);
    if (it == r.facts.end() || !it->is_object()) return "";
    const auto value = it->find(field);
    return value != it->end() && value->is_string() ? value->get<std::string>() : "";
}

std::vector<Row> rows_of(const RenderContext& context) {
    std::vector<Row> rows;
    for (const auto& r : context.reports) {
        Row row{&r, fact(r, "agreement", "government_office"), r.stage, fact(r, "submission", "negotiation_stage"),
                r.checked ? overall_judgement(r) : "not_checked", {}};
        // The key-issue sections a Government Office letter would open with.
        for (const auto& section : context.installation.rules.sections().all())
            if (std::any_of(r.findings.begin(), r.findings.end(),
                            [&](const Finding& f) { return f.section == section.id && f.severity >= Severity::warning; }))
                row.key_issues.push_back(section.id);
        rows.push_back(std::move(row));
    }
    return rows;
}

struct Totals {
    int drafts = 0, checked = 0, error = 0, warning = 0, advice = 0, accepted = 0;
    explicit Totals(const std::vector<Row>& rows) {
        for (const auto& row : rows) {
            ++drafts;
            if (!row.report->checked) continue;
            ++checked;
            error += row.report->count(Severity::error);
            warning += row.report->count(Severity::warning);
            advice += row.report->count(Severity::advice);
            accepted += static_cast<int>(row.report->accepted.size());
        }
    }
};

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

std::string stage_text(const Row& row) {
    const std::string negotiation = row.negotiation_stage.empty() ? "" : "(" + row.negotiation_stage + ")";
    if (row.stage.empty()) return or_dash(negotiation);
    return negotiation.empty() ? row.stage : row.stage + " " + negotiation;
}

// A table cell holds the first problem of an error that names several (one per line).
std::string first_problem(const std::string& error) {
    const std::size_t end = error.find('\n');
    if (end == std::string::npos) return error;
    const auto more = std::count(error.begin() + static_cast<std::ptrdiff_t>(end), error.end() - (error.back() == '\n' ? 1 : 0), '\n');
    return error.substr(0, end) + " (and " + std::to_string(more) + " more)";
}

// The table's cells, header first and totals last; the same for text and csv.
std::vector<std::vector<std::string>> table(const std::vector<Row>& rows) {
    std::vector<std::vector<std::string>> cells = {
        {"FILE", "AREA", "GO", "KIND", "STAGE", "JUDGEMENT", "ERRORS", "WARNINGS", "ADVICE", "KEY ISSUES"}};
    for (const auto& row : rows) {
        const DraftReport& r = *row.report;
        // File, area, office, kind, stage and error come from the draft: none may break its row.
        using escape::field;
        if (!r.checked) {
            cells.push_back({field(r.file), "-", "-", "-", "-", row.judgement, "-", "-", "-", field(first_problem(r.error))});
            continue;
        }
        cells.push_back({field(r.file), or_dash(field(r.area)), or_dash(field(row.office)), field(r.kind), field(stage_text(row)), row.judgement,
                         std::to_string(r.count(Severity::error)), std::to_string(r.count(Severity::warning)),
                         std::to_string(r.count(Severity::advice)), row.key_issues.empty() ? "-" : joined(row.key_issues, ", ")});
    }
    const Totals t(rows);
    cells.push_back({"TOTAL", std::to_string(t.drafts) + (t.drafts == 1 ? " draft" : " drafts"), "", "", "", "",
                     std::to_string(t.error), std::to_string(t.warning), std::to_string(t.advice), ""});
    return cells;
}

void render_text_table(const std::vector<std::vector<std::string>>& cells, std::ostream& out) {
    std::vector<std::size_t> width(cells.front().size(), 0);
    for (const auto& row : cells)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
    for (const auto& row : cells) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : row[c] + std::string(width[c] - row[c].size() + 2, ' ');
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << "\n";
    }
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field a
// spreadsheet would read as a formula (= + - @ first) is prefixed with ' so that it stays text.
std::string csv_field(const std::string& text) {
    std::string value = text;
    if (!value.empty() && std::string("=+-@\t\r").find(value.front()) != std::string::npos) value = "'" + value;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void render_csv(const std::vector<std::vector<std::string>>& cells, std::ostream& out) {
    static const std::vector<std::string> header = {"file", "area", "government_office", "kind", "stage", "judgement",
                                                    "errors", "warnings", "advice", "key_issues"};
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto& row = i == 0 ? header : cells[i];
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) line += (c ? "," : "") + csv_field(row[c] == "-" && i > 0 ? "" : row[c]);
        out << line << "\r\n";
    }
}

ordered or_null(const std::string& s) { return s.empty() ? ordered(nullptr) : ordered(s); }

void render_json_summary(const std::vector<Row>& rows, std::ostream& out) {
    ordered drafts = ordered::array();
    std::map<std::string, int> judgements;
    for (const auto& row : rows) {
        const DraftReport& r = *row.report;
        ++judgements[row.judgement];
        drafts.push_back({{"file", r.file},
                          {"checked", r.checked},
                          {"error", r.checked ? ordered(nullptr) : ordered(r.error)},
                          {"area", or_null(r.area)},
                          {"government_office", or_null(row.office)},
                          {"kind", or_null(r.kind)},
                          {"stage", or_null(row.stage)},
                          {"negotiation_stage", or_null(row.negotiation_stage)},
                          {"judgement", row.judgement},
                          {"summary",
                           {{"error", r.count(Severity::error)},
                            {"warning", r.count(Severity::warning)},
                            {"advice", r.count(Severity::advice)},
                            {"accepted", r.accepted.size()}}},
                          {"key_issues", row.key_issues}});
    }
    const Totals t(rows);
    const ordered document = {{"format_version", kJsonFormatVersion},
                              {"tool", {{"name", "draftcheck"}, {"version", DRAFTCHECK_VERSION}}},
                              {"drafts", std::move(drafts)},
                              {"totals",
                               {{"drafts", t.drafts},
                                {"checked", t.checked},
                                {"error", t.error},
                                {"warning", t.warning},
                                {"advice", t.advice},
                                {"accepted", t.accepted},
                                {"judgements", judgements}}}};
    out << document.dump(2, ' ', false, ordered::error_handler_t::replace) << "\n";
}

}  // namespace

const std::vector<std::string>& summary_formats() {
    static const std::vector<std::string> formats = {"text", "json", "csv"};
    return formats;
}

void render_summary(const std::string& format, const RenderContext& context, std::ostream& out) {
    const std::vector<Row> rows = rows_of(context);
    if (format == "json") render_json_summary(rows, out);
    else if (format == "csv") render_csv(table(rows), out);
    else render_text_table(table(rows), out);
}

}  // namespace draftcheck
