#pragma once
// Feeds nlohmann's SAX parser while publishing how many bytes it has consumed, which is the only
// way to learn positions from nlohmann/json 3.11 (it keeps none; start_pos() came in 3.12).
#include <cstddef>
#include <iterator>
#include <string>

namespace draftcheck {

class CountingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* at, const char** published) : at_(at), published_(published) {}
    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        *published_ = ++at_;
        return *this;
    }
    CountingIterator operator++(int) {
        auto old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

private:
    const char* at_ = nullptr;
    const char** published_ = nullptr;
};

// Where the parser is in `text`: offsets of what it has consumed and of the last event's end.
class JsonCursor {
public:
    explicit JsonCursor(const std::string& text) : base_(text.data()), end_(text.data() + text.size()), read_(base_) {}
    CountingIterator begin() { return {base_, &read_}; }
    CountingIterator end() { return {end_, &read_}; }
    std::size_t consumed() const { return static_cast<std::size_t>(read_ - base_); }
    char text_at(std::size_t offset) const { return base_[offset]; }
    // Offset of the first byte after `from` that is not white space or a separator: where the
    // next key or value starts.
    std::size_t next_token(std::size_t from) const {
        while (base_ + from < end_) {
            const char c = base_[from];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ':') break;
            ++from;
        }
        return from;
    }

private:
    const char* base_;
    const char* end_;
    const char* read_;
};

}  // namespace draftcheck
