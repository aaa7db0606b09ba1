// Every renderer with random text in every field a draft or a rule controls (file name, area,
// partnership, block names, messages, suggestions, exception reasons): each format stays valid
// UTF-8 and keeps its structure. The list has one record per finding, the summary one row per
// draft, the text and Markdown formats no control character, the letter the same lines of
// Markdown structure as with plain words in those fields, HTML only its own tags, GitHub one
// annotation per finding, JUnit one test case per finding, JSON and SARIF parse.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "check/check_draft.h"
#include "report/escape.h"
#include "report/render.h"

namespace {

using namespace draftcheck;

const Installation& installation() {
    static const Installation loaded = Installation::load(SOURCE_DIR, {});
    return loaded;
}

// Each untrusted field, from the fuzzer or (for the baseline) a plain word. Each ends in a number
// of its own, so fields are never empty or equal and the letter has the same parts either way.
struct Texts {
    FuzzedDataProvider* data = nullptr;
    int next = 0;
    std::string operator()() { return (data ? data->ConsumeRandomLengthString(200) : "word") + " " + std::to_string(next++); }
};

DraftReport make_report(Texts& text, FuzzedDataProvider& shape) {
    static const char* const kSections[] = {"reward-targets", "indicators", "funding", "story", "engine", "structure"};
    DraftReport r;
    r.file = text() + ".json";
    r.checked = true;
    r.kind = "laa";
    r.stage = "second";
    r.area = text();
    r.facts = {{"agreement", {{"kind", "laa"}, {"area", r.area}, {"partnership", text()}}},
               {"submission", {{"stage", "second"}, {"date", "2006-01-16"}}},
               {"blocks", {{{"id", "b1"}, {"code", "CYP"}, {"name", text()}}}}};
    const int findings = shape.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < findings; ++i) {
        Finding f;
        f.rule = "funding.rule-" + std::to_string(i);
        f.severity = static_cast<Severity>(shape.ConsumeIntegralInRange(0, 2));
        f.section = kSections[shape.ConsumeIntegralInRange(0, 5)];
        if (shape.ConsumeBool()) f.block = "b1";
        f.pointer = "/funding_streams/" + std::to_string(i);
        f.line = i + 1;
        f.column = 1;
        f.message = text();
        f.suggestion = text();
        f.fingerprint = "fp" + std::to_string(i);
        r.findings.push_back(std::move(f));
    }
    if (shape.ConsumeBool()) {
        AcceptedFinding a;
        a.finding.rule = "funding.accepted";
        a.finding.section = "funding";
        a.finding.message = text();
        a.exception = {"funding.accepted", "", text(), text(), "2006-01-01", "", "", ""};
        r.accepted.push_back(std::move(a));
    }
    return r;
}

std::string rendered(const std::string& format, const std::vector<DraftReport>& reports) {
    std::ostringstream out, err;
    if (format == "summary") render_summary("text", {reports, installation(), nullptr}, out);
    else render(format, {reports, installation(), nullptr}, out, err);
    return out.str();
}

void require(bool ok) {
    if (!ok) std::abort();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

void require_plain_lines(const std::string& out) {
    require(escape::utf8(out) == out);
    for (unsigned char c : out) require(c >= 0x20 || c == '\n');
}

// What each Markdown line is: a heading, a bullet, a rule, blank, or text.
std::string markdown_shape(const std::string& letter) {
    std::string shape;
    for (const auto& line : lines_of(letter))
        shape += line.empty() ? '_' : line.rfind("#", 0) == 0 ? '#' : line.rfind("- ", 0) == 0 ? '-' : line == "---" ? '=' : 't';
    return shape;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    FuzzedDataProvider data(bytes, size);
    const auto shape_seed = data.ConsumeBytes<std::uint8_t>(16);
    FuzzedDataProvider shape(shape_seed.data(), shape_seed.size()), same_shape(shape_seed.data(), shape_seed.size());
    Texts fuzzed{&data}, plain{};
    const std::vector<DraftReport> reports = {make_report(fuzzed, shape)};
    const std::vector<DraftReport> baseline = {make_report(plain, same_shape)};

    const std::string list = rendered("list", reports);
    require_plain_lines(list);
    require(lines_of(list).size() == reports[0].findings.size());

    require_plain_lines(rendered("text", reports));
    const std::string summary = rendered("summary", reports);
    require_plain_lines(summary);
    require(lines_of(summary).size() == 3);  // header, the draft, totals

    const std::string github = rendered("github", reports);
    require_plain_lines(github);
    require(lines_of(github).size() == reports[0].findings.size());
    for (const auto& line : lines_of(github)) require(line.rfind("::", 0) == 0 && line.find('\n') == std::string::npos);

    const std::string junit = rendered("junit", reports);
    require(escape::utf8(junit) == junit);
    for (unsigned char c : junit) require(c >= 0x20 || c == '\n');
    std::size_t testcases = 0;
    for (std::size_t at = junit.find("<testcase "); at != std::string::npos; at = junit.find("<testcase ", at + 1)) ++testcases;
    require(testcases == std::max<std::size_t>(reports[0].findings.size(), 1));

    const std::string letter = rendered("letter", reports);
    require_plain_lines(letter);
    require(markdown_shape(letter) == markdown_shape(rendered("letter", baseline)));

    const std::string html = rendered("html", reports);
    require(escape::utf8(html) == html);
    static const std::set<std::string> tags = {"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "article", "header", "section", "div", "h1", "h2", "h3",
                                               "h4", "h5", "h6", "p", "ul", "li", "table", "caption", "thead", "tbody", "tr", "th", "td",
                                               "code", "br"};
    for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        std::size_t end = at + 1 + (html[at + 1] == '/');
        const std::size_t name = end;
        while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!')) ++end;
        require(tags.count(html.substr(name, end - name)) == 1);
    }

    for (const char* format : {"json", "sarif"}) {
        const std::string doc = rendered(format, reports);
        require(escape::utf8(doc) == doc);
        require(!nlohmann::json::parse(doc, nullptr, false).is_discarded());
    }
    return 0;
}
