#include "author/yaml_comments.h"

#include <map>
#include <memory>
#include <vector>

#include "core/json_pointer.h"
#include "load/document_builder.h"
#include "load/document_events.h"

namespace draftcheck {
namespace {

using CommentMap = std::map<std::string, std::string>;

void add(CommentMap& map, const std::string& pointer, const std::string& text) {
    std::string& lines = map[pointer];
    lines += (lines.empty() ? "" : "\n") + text;
}

// Follows the events to know, at each comment, which fields are open and which came last.
class CommentPlacer : public DocumentSink {
public:
    explicit CommentPlacer(const SourceText& source) : source_(source) {}

    void begin_object(std::size_t) override { open(true); }
    void begin_array(std::size_t) override { open(false); }
    void end_container() override {
        frames_.pop_back();
        value_done();
    }
    void key(std::string name, std::size_t offset) override {
        Frame& frame = frames_.back();
        const int column = source_.position(offset).column;
        if (frame.member_column == 0) frame.member_column = column;
        member_ = frame.pointer + "/" + pointer_token(name);
        place_pending(member_, column);
    }
    void scalar(nlohmann::json, std::size_t offset) override {
        const std::string pointer = value_pointer();
        // A plain list item (`- text`) takes the comments above it, as a field does.
        if (!frames_.empty() && !frames_.back().object) place_pending(pointer, source_.position(offset).column);
        value_done();
    }
    void comment(std::string text, std::size_t offset) override {
        ++count_;
        const LineColumn at = source_.position(offset);
        const std::string& text_so_far = source_.text();
        const std::size_t line_start = offset == 0 ? 0 : text_so_far.find_last_of("\r\n", offset - 1) + 1;  // npos + 1 is 0
        const bool own_line = text_so_far.find_first_not_of(" \t", line_start) == offset;
        if (!own_line && !last_field_.empty()) {
            add(above_, last_field_, text);
            return;
        }
        pending_.push_back({std::move(text), at.column, closing_mapping(at.column)});
    }

    KeptComments take() {
        // Comments after the last field close the mappings they are indented with.
        for (const Pending& p : pending_) add(after_, p.closes, p.text);
        auto above = std::make_shared<const CommentMap>(std::move(above_));
        auto after = std::make_shared<const CommentMap>(std::move(after_));
        const auto lookup = [](std::shared_ptr<const CommentMap> map) {
            return [map](const std::string& pointer) {
                const auto found = map->find(pointer);
                return found == map->end() ? std::string() : found->second;
            };
        };
        return {{lookup(above), lookup(after)}, count_};
    }

private:
    struct Frame {
        bool object;
        std::string pointer;
        int member_column = 0;  // the column of its fields; 0 until the first
        std::size_t items = 0;
    };
    struct Pending {
        std::string text;
        int column;
        std::string closes;  // the mapping it goes after, if no field follows at its indent
    };

    // The comments waiting for the field or plain item at `pointer`, which starts at `column`: those
    // indented no further go above it; a less indented one closed the mapping it goes after.
    void place_pending(const std::string& pointer, int column) {
        last_field_ = pointer;
        for (const Pending& p : pending_) {
            if (column >= p.column || frames_.back().pointer == p.closes) add(above_, pointer, p.text);
            else add(after_, p.closes, p.text);
        }
        pending_.clear();
    }
    void open(bool object) {
        const std::string pointer = value_pointer();
        frames_.push_back({object, pointer});
    }
    // The pointer of the value starting now: the member whose key came last, or the next item.
    std::string value_pointer() {
        if (frames_.empty()) return "";
        Frame& frame = frames_.back();
        return frame.object ? member_ : frame.pointer + "/" + std::to_string(frame.items++);
    }
    void value_done() {
        if (!frames_.empty() && frames_.back().object) member_ = frames_.back().pointer;
    }
    // The innermost open mapping with fields indented no further than `column`.
    std::string closing_mapping(int column) const {
        for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame)
            if (frame->object && frame->member_column != 0 && frame->member_column <= column) return frame->pointer;
        return "";
    }

    const SourceText& source_;
    std::vector<Frame> frames_;
    std::string member_;      // the member whose value comes next
    std::string last_field_;  // the last member whose key was read, or plain item
    std::vector<Pending> pending_;
    CommentMap above_, after_;
    std::size_t count_ = 0;
};

// Hands every event to the document's builder and to the comments' placer, so that one reading
// serves both.
class BothSinks : public DocumentSink {
public:
    BothSinks(DocumentSink& first, DocumentSink& second) : first_(first), second_(second) {}

    void begin_object(std::size_t offset) override {
        first_.begin_object(offset);
        second_.begin_object(offset);
    }
    void begin_array(std::size_t offset) override {
        first_.begin_array(offset);
        second_.begin_array(offset);
    }
    void end_container() override {
        first_.end_container();
        second_.end_container();
    }
    void key(std::string name, std::size_t offset) override {
        first_.key(name, offset);
        second_.key(std::move(name), offset);
    }
    void scalar(nlohmann::json value, std::size_t offset) override {
        first_.scalar(value, offset);
        second_.scalar(std::move(value), offset);
    }
    void comment(std::string text, std::size_t offset) override {
        first_.comment(text, offset);
        second_.comment(std::move(text), offset);
    }

private:
    DocumentSink& first_;
    DocumentSink& second_;
};

}  // namespace

CommentedDocument read_commented_document(const SourceText& source, int max_depth) {
    // JSON has no comments, and its own reading explains hand-editing mistakes.
    if (syntax_of(source.name()) != Syntax::yaml) return {parse_ordered_document(source, max_depth), {}};
    DocumentBuilder<nlohmann::ordered_json> builder(source, max_depth);
    CommentPlacer placer(source);
    BothSinks both(builder, placer);
    read_document(source, both);
    return {builder.take(), placer.take()};
}

}  // namespace draftcheck
