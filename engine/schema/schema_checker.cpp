#include "schema/schema_checker.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "core/error.h"
#include "core/large_stack.h"
#include "core/limits.h"
#include "load/json_loader.h"
#include "schema/schema_messages.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Strings longer than the limit are cut before validation, so std::regex never sees them whole;
// every length-limited field in the schema is far shorter than the cut, so no finding is lost.
bool shorten_long_strings(json& value) {
    bool changed = false;
    if (value.is_string() && value.get_ref<const std::string&>().size() > limits::max_schema_string_bytes) {
        value = value.get<std::string>().substr(0, limits::max_schema_string_bytes);
        return true;
    }
    if (value.is_structured())
        for (auto& child : value) changed |= shorten_long_strings(child);
    return changed;
}

bool has_long_string(const json& value) {
    if (value.is_string()) return value.get_ref<const std::string&>().size() > limits::max_schema_string_bytes;
    if (value.is_structured())
        return std::any_of(value.begin(), value.end(), [](const json& child) { return has_long_string(child); });
    return false;
}

std::vector<std::string> tokens_of(const std::vector<std::string>& context) {
    std::vector<std::string> tokens;
    for (const auto& part : context) {
        if (part == "<root>") continue;
        tokens.push_back(part.size() >= 2 && part.front() == '[' && part.back() == ']' ? part.substr(1, part.size() - 2) : part);
    }
    return tokens;
}

// valijson compiles a std::regex for every value with "format": "date" it checks (most of a typical
// draft's schema check). A "pattern" it compiles once per validator, so dates become this pattern,
// which accepts exactly what valijson's date check accepts (February up to the 29th).
const char* const kDatePattern =
    "^[0-9]+-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|[12][0-9]))$";

void dates_as_patterns(json& schema) {
    if (schema.is_object()) {
        const auto format = schema.find("format");
        if (format != schema.end() && *format == "date" && !schema.contains("pattern")) {
            schema.erase(format);
            schema["pattern"] = kDatePattern;
        }
    }
    if (schema.is_structured())
        for (auto& child : schema) dates_as_patterns(child);
}

bool is_prefix(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    return shorter.size() < longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

}  // namespace

// Validators kept between checks, since each caches the regex of every pattern it has compiled.
struct SchemaChecker::ValidatorPool {
    std::mutex mutex;
    std::vector<std::unique_ptr<valijson::Validator>> idle;
};

SchemaChecker::SchemaChecker(json document, std::unique_ptr<valijson::Schema> compiled, std::string root_name)
    : document_(std::move(document)), root_name_(std::move(root_name)), compiled_(std::move(compiled)),
      validators_(std::make_unique<ValidatorPool>()) {}
SchemaChecker::~SchemaChecker() = default;
SchemaChecker::SchemaChecker(SchemaChecker&&) noexcept = default;
SchemaChecker& SchemaChecker::operator=(SchemaChecker&&) noexcept = default;

SchemaChecker SchemaChecker::load(const std::string& schema_path, std::string root_name) {
    const SourceText source = SourceText::read(schema_path, limits::max_draft_bytes);
    json document = parse_json(source, limits::max_json_depth);
    // valijson 1.0 ignores $schema and misreads newer drafts' keywords, so refuse them outright.
    const std::string dialect = document.value("$schema", std::string("http://json-schema.org/draft-07/schema#"));
    if (dialect.find("draft-07") == std::string::npos)
        throw InputError({schema_path}, "the schema must be JSON Schema draft-07 (the newest valijson supports); it declares " + dialect);
    auto compiled = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        json fast = document;
        dates_as_patterns(fast);
        valijson::adapters::NlohmannJsonAdapter adapter(fast);
        parser.populateSchema(adapter, *compiled);
    } catch (const std::exception& e) {
        throw InputError({schema_path}, std::string("the schema cannot be used: ") + e.what());
    }
    return SchemaChecker(std::move(document), std::move(compiled), std::move(root_name));
}

std::vector<Finding> SchemaChecker::check(const json& draft) const {
    std::optional<json> shortened;
    if (has_long_string(draft)) {
        shortened = draft;
        shorten_long_strings(*shortened);
    }
    const json& target = shortened ? *shortened : draft;

    std::unique_ptr<valijson::Validator> validator;
    {
        const std::lock_guard lock(validators_->mutex);
        if (!validators_->idle.empty()) {
            validator = std::move(validators_->idle.back());
            validators_->idle.pop_back();
        }
    }
    if (!validator) validator = std::make_unique<valijson::Validator>();
    valijson::ValidationResults results;
    run_on_large_stack(limits::schema_thread_stack_bytes,
                       [&] { validator->validate(*compiled_, valijson::adapters::NlohmannJsonAdapter(target), &results); });
    {
        const std::lock_guard lock(validators_->mutex);
        validators_->idle.push_back(std::move(validator));
    }

    std::vector<std::pair<std::vector<std::string>, std::string>> errors;
    for (const auto& error : results) errors.emplace_back(tokens_of(error.context), error.description);

    // Keep the deepest cause: valijson repeats each failure at every parent ("Failed to validate
    // item #2", ...); drop those when an error lies inside the value they concern. Errors that
    // say something of their own (a missing or unknown field) stay whatever lies below them.
    struct Candidate {
        SchemaMessage worded;
        bool is_type;
    };
    std::vector<Candidate> deepest;
    for (const auto& error : errors) {
        const auto& [tokens, text] = error;
        const bool summary = text.starts_with("Failed to validate") || text.starts_with("Cannot validate");
        if (summary && std::any_of(errors.begin(), errors.end(), [&error](const auto& other) { return is_prefix(error.first, other.first); }))
            continue;
        deepest.push_back({word_schema_error(tokens, text, document_, draft, root_name_), text.starts_with("Value type")});
    }
    // One message per place: a wrong type also fails that value's format check, and says it better.
    std::set<std::string> typed;
    for (const auto& c : deepest)
        if (c.is_type) typed.insert(c.worded.pointer);
    std::set<std::pair<std::string, std::string>> seen;
    std::vector<Finding> findings;
    for (auto& c : deepest) {
        if (!c.is_type && typed.count(c.worded.pointer)) continue;
        if (!seen.insert({c.worded.pointer, c.worded.message}).second) continue;
        Finding f;
        f.rule = "schema";
        f.severity = Severity::error;
        f.section = "structure";
        f.pointer = std::move(c.worded.pointer);
        f.message = std::move(c.worded.message);
        if (f.message.size() > limits::max_message_bytes) f.message = f.message.substr(0, limits::max_message_bytes) + "...";
        f.suggestion = std::move(c.worded.suggestion);
        f.guidance = "The draft format: docs/draft-format.md and schemas/draft.schema.json.";
        findings.push_back(std::move(f));
    }
    return findings;
}

}  // namespace draftcheck
