#include "server/api.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/check_draft.h"
#include "core/error.h"
#include "core/limits.h"
#include "load/source_text.h"
#include "report/render.h"
#include "rules/rule_meta.h"

namespace draftcheck {
namespace {

using ordered = nlohmann::ordered_json;

// The request document is small and flat: anything nested deeper than its own fields is refused
// while parsing, so a hostile body cannot build a deep tree.
std::optional<nlohmann::json> parse_request(const std::string& body) {
    bool too_deep = false;
    nlohmann::json request = nlohmann::json::parse(
        body,
        [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
            if (depth > 1) too_deep = true;
            return !too_deep;
        },
        false);
    if (too_deep || !request.is_object()) return std::nullopt;
    return request;
}

std::string string_field(const nlohmann::json& request, const char* key) {
    const auto it = request.find(key);
    return it != request.end() && it->is_string() ? it->get<std::string>() : "";
}

// The file name the draft is reported under: the officer's own file name, never a path.
std::string shown_name(const std::string& requested) {
    std::string name = std::filesystem::path(requested).filename().string();
    if (name.empty() || name.size() > 200) name = "draft.json";
    return name;
}

}  // namespace

std::string error_json(const std::string& message) {
    return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Api::Api(const Installation& installation, const std::string& examples_dir)
    : installation_(installation), options_(installation.check_options("")), letter_sources_(LetterSources::load(installation)) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::directory_iterator(examples_dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".json") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    ordered list = ordered::array();
    for (const auto& file : files) {
        const SourceText text = SourceText::read(file.string(), limits::max_draft_bytes);
        const nlohmann::json draft = nlohmann::json::parse(text.text(), nullptr, false);
        const auto field = [&](const char* object, const char* key) {
            const nlohmann::json::json_pointer at("/" + std::string(object) + "/" + key);
            return draft.is_object() && draft.contains(at) && draft[at].is_string() ? ordered(draft[at]) : ordered(nullptr);
        };
        const std::string name = file.filename().string();
        list.push_back({{"name", name}, {"area", field("agreement", "area")}, {"kind", field("agreement", "kind")},
                        {"stage", field("submission", "stage")}});
        example_texts_[name] = text.text();
    }
    examples_ = list.dump();

    ordered sections = ordered::array();
    for (const auto& s : installation.rules.sections().all()) sections.push_back({{"id", s.id}, {"heading", s.heading}});
    ordered rules = ordered::array();
    for (const auto& rule : letter_sources_.rules) rules.push_back(rule_meta_json(rule));
    rules_ = ordered{{"sections", std::move(sections)}, {"rules", std::move(rules)}}.dump();
}

const std::string* Api::example(const std::string& name) const {
    const auto it = example_texts_.find(name);
    return it == example_texts_.end() ? nullptr : &it->second;
}

ApiResponse Api::check(const std::string& body, RuleSession& session) const {
    using clock = std::chrono::steady_clock;
    const auto since = [](clock::time_point from) { return std::chrono::duration<double, std::milli>(clock::now() - from).count(); };
    const clock::time_point started = clock::now();
    const std::optional<nlohmann::json> request = parse_request(body);
    if (!request || !request->contains("draft") || !(*request)["draft"].is_string())
        return {400, error_json("send {\"draft\": \"the draft's text\", \"name\": \"its file name\"} as JSON")};
    CheckOptions options = options_;
    const std::string kind = string_field(*request, "kind");
    if (kind == "lpsa2" || kind == "laa" || kind == "laa2008") options.kind = kind;
    else if (!kind.empty()) return {400, error_json("kind must be lpsa2, laa or laa2008")};

    const SourceText source = SourceText::from_string(shown_name(string_field(*request, "name")), (*request)["draft"].get<std::string>());
    ApiResponse answer;
    answer.read_ms = since(started);
    const clock::time_point checking = clock::now();
    const std::vector<DraftReport> reports{check_source(installation_, source, options, &session)};
    answer.check_ms = since(checking);
    const clock::time_point rendering = clock::now();
    const RenderContext context{reports, installation_};
    std::ostringstream letter, html, ignored;
    if (reports.front().checked) {
        const std::vector<Letter> letters = compose_letters(context, &letter_sources_);  // once, for both
        write_letter(context, letters, letter, ignored);
        write_letter_html(context, letters, letter_sources_.templates, html);
    }
    ordered response = {{"report", json_document(context)}, {"letter", letter.str()}, {"html", html.str()}};
    answer.body = response.dump(-1, ' ', false, ordered::error_handler_t::replace);
    answer.render_ms = since(rendering);
    return answer;
}

}  // namespace draftcheck
