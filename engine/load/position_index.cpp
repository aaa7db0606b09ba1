#include "load/position_index.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "load/document_events.h"

namespace draftcheck {
namespace {

// The pointers asked for, as a tree of reference tokens, so the parser can tell in O(1) per event
// whether it is inside a path of interest.
struct PathNode {
    std::unordered_map<std::string, std::unique_ptr<PathNode>> children;
    std::optional<std::size_t> offset;
};

std::vector<std::string> split_pointer(const std::string& pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty()) return tokens;
    std::string token;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(token);
            token.clear();
        } else if (pointer[i] == '~' && i + 1 < pointer.size()) {
            token += pointer[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            token += pointer[i];
        }
    }
    return tokens;
}

class PositionFinder : public DocumentSink {
public:
    explicit PositionFinder(PathNode& root) : root_(root) {}

    void begin_object(std::size_t offset) override { open(offset, false); }
    void begin_array(std::size_t offset) override { open(offset, true); }
    void end_container() override { frames_.pop_back(); }
    void key(std::string name, std::size_t offset) override {
        Frame& frame = frames_.back();
        frame.pending = frame.node ? child(frame.node, name) : nullptr;
        if (frame.pending) frame.pending->offset = offset;
    }
    void scalar(nlohmann::json, std::size_t offset) override { enter_value(offset); }

private:
    struct Frame {
        PathNode* node;       // where this container sits in the path tree, or null if off every path
        bool is_array;
        std::size_t index = 0;
        PathNode* pending = nullptr;  // the member whose key was just read
    };

    static PathNode* child(PathNode* node, const std::string& token) {
        const auto it = node->children.find(token);
        return it == node->children.end() ? nullptr : it->second.get();
    }
    // The path node of the value about to be read, recording its start if it is an array element.
    PathNode* enter_value(std::size_t value_start) {
        if (frames_.empty()) {
            root_.offset = value_start;
            return &root_;
        }
        Frame& frame = frames_.back();
        if (!frame.is_array) return frame.pending;
        PathNode* node = frame.node ? child(frame.node, std::to_string(frame.index)) : nullptr;
        ++frame.index;
        if (node) node->offset = value_start;
        return node;
    }
    void open(std::size_t offset, bool is_array) { frames_.push_back({enter_value(offset), is_array}); }

    PathNode& root_;
    std::vector<Frame> frames_;
};

}  // namespace

std::map<std::string, LineColumn> locate_pointers(const SourceText& source, const std::vector<std::string>& pointers) {
    PathNode root;
    for (const auto& pointer : pointers) {
        PathNode* node = &root;
        for (const auto& token : split_pointer(pointer)) {
            auto& slot = node->children[token];
            if (!slot) slot = std::make_unique<PathNode>();
            node = slot.get();
        }
    }
    PositionFinder finder(root);
    read_document(source, finder);

    std::vector<std::size_t> offsets;
    offsets.reserve(pointers.size());
    for (const auto& pointer : pointers) {
        std::size_t offset = root.offset.value_or(0);
        const PathNode* node = &root;
        for (const auto& token : split_pointer(pointer)) {
            const auto it = node->children.find(token);
            if (it == node->children.end() || !it->second->offset) break;
            node = it->second.get();
            offset = *node->offset;
        }
        offsets.push_back(offset);
    }
    // One pass for all: a minified draft has every finding on line 1.
    const std::vector<LineColumn> at = source.positions(offsets);
    std::map<std::string, LineColumn> found;
    for (std::size_t i = 0; i < pointers.size(); ++i) found.emplace(pointers[i], at[i]);
    return found;
}

}  // namespace draftcheck
