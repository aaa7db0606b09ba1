#pragma once
// Builds a document from document events, whatever the syntax, refusing what could crash or
// mislead later stages. The engine checks a nlohmann::json (keys sorted); the converters keep the
// author's key order in a nlohmann::ordered_json, built by the same code.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/error.h"
#include "load/document_events.h"

namespace draftcheck {

// Throws InputError, located in `source`, for nesting deeper than `max_depth` or a key repeated
// within one object (parsers silently keep one of the two values, so the draft would not say what
// its author thinks). Not thread-safe; one per document.
template <typename Json>
class DocumentBuilder : public DocumentSink {
public:
    DocumentBuilder(const SourceText& source, int max_depth) : source_(source), max_depth_(max_depth) {}

    void begin_object(std::size_t offset) override { open(Json::value_t::object, offset); }
    void begin_array(std::size_t offset) override { open(Json::value_t::array, offset); }
    void end_container() override { stack_.pop_back(); }
    void key(std::string name, std::size_t offset) override {
        Json& object = *stack_.back();
        if (object.contains(name)) fail(offset, "the key \"" + name + "\" appears twice in the same object; keep one");
        member_ = &object[name];
    }
    void scalar(nlohmann::json value, std::size_t) override { place(Json(std::move(value))); }

    Json take() { return std::move(root_); }

private:
    Json* place(Json value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        *member_ = std::move(value);
        return member_;
    }
    void open(typename Json::value_t type, std::size_t offset) {
        if (static_cast<int>(stack_.size()) >= max_depth_)
            fail(offset, "nesting is deeper than " + std::to_string(max_depth_) + " levels; a draft is far shallower");
        stack_.push_back(place(Json(type)));
    }
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        const LineColumn at = source_.position(offset);
        throw InputError({source_.name(), at.line, at.column}, message);
    }

    const SourceText& source_;
    const int max_depth_;
    Json root_;
    std::vector<Json*> stack_;
    Json* member_ = nullptr;
};

// The document in `source`, read as syntax_of(source.name()), for checking. A JSON draft the
// parser refuses is read again forgivingly (json_mistakes.h): the error then lists the common
// mistakes found, in plain words, one line each.
nlohmann::json parse_document(const SourceText& source, int max_depth);

// The same, mistakes explained alike, keeping the order in which keys are written, for converting
// and editing.
nlohmann::ordered_json parse_ordered_document(const SourceText& source, int max_depth);

}  // namespace draftcheck
