#include "load/yaml_events.h"

#include <libfyaml.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/error.h"
#include "core/utf8.h"
#include "load/yaml_scalar.h"

namespace draftcheck {
namespace {

struct DiagDeleter {
    void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};
struct ParserDeleter {
    void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};

// An event, given back to its parser when done.
class Event {
public:
    Event(fy_parser* parser, fy_event* event) : parser_(parser), event_(event) {}
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event() { fy_parser_event_free(parser_, event_); }
    fy_event* operator->() const { return event_; }
    fy_event* get() const { return event_; }

private:
    fy_parser* parser_;
    fy_event* event_;
};

class YamlReader {
public:
    YamlReader(const SourceText& source, DocumentSink& sink) : source_(source), sink_(sink) {}

    void read() {
        const std::string& text = source_.text();
        if (const auto nul = text.find('\0'); nul != std::string::npos)
            fail(nul, "not valid YAML: a NUL byte (character 0); a draft is plain text");
        if (const auto bad = first_invalid_utf8(text))
            fail(*bad, "not valid YAML: this byte is not UTF-8; save the file as UTF-8 (in Excel or Word: \"UTF-8\" encoding)");

        // Messages are collected, not printed: the first becomes the located error.
        fy_diag_cfg diag_cfg;
        fy_diag_cfg_default(&diag_cfg);
        diag_cfg.fp = nullptr;
        diag_cfg.output_fn = [](fy_diag*, void*, const char*, size_t) {};
        const std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diag_cfg));
        if (!diag) throw std::runtime_error("libfyaml: cannot create a diagnostic object");
        fy_diag_set_collect_errors(diag.get(), true);
        fy_parse_cfg cfg{};
        cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE);
        cfg.diag = diag.get();
        const std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&cfg));
        if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0)
            throw std::runtime_error("libfyaml: cannot create a parser");

        while (fy_event* raw = fy_parser_parse(parser.get())) on(Event(parser.get(), raw));
        comments_before(text.size());
        if (fy_parser_get_stream_error(parser.get())) {
            void* iterator = nullptr;
            if (const fy_diag_error* e = fy_diag_errors_iterate(diag.get(), &iterator)) {
                // libfyaml may place an error at the line after the text's end: it is the end.
                const LineColumn end = source_.position(text.size());
                LineColumn at{std::max(e->line, 1), std::max(e->column, 1)};
                if (at.line > end.line || (at.line == end.line && at.column > end.column)) at = end;
                throw InputError({source_.name(), at.line, at.column}, std::string("not valid YAML: ") + e->msg);
            }
            throw InputError({source_.name(), 1, 1}, "not valid YAML");
        }
        if (documents_ == 0) sink_.scalar(nullptr, 0);  // an empty file, like `key:` with nothing after
    }

private:
    struct Frame {
        bool mapping;
        bool expecting_key = true;
    };

    void on(const Event& e) {
        if (const fy_mark* mark = fy_event_start_mark(e.get()); mark && mark->line >= 0) comments_before(mark->input_pos);
        switch (e->type) {
        case FYET_DOCUMENT_START:
            if (++documents_ > 1)
                fail(start_of(e), "a draft file holds one YAML document; remove this \"---\" and what follows it, or split the file");
            return;
        case FYET_MAPPING_START:
            refuse_anchor_and_tag(e->mapping_start.anchor, e->mapping_start.tag);
            begin(e, true);
            return;
        case FYET_SEQUENCE_START:
            refuse_anchor_and_tag(e->sequence_start.anchor, e->sequence_start.tag);
            begin(e, false);
            return;
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END:
            frames_.pop_back();
            sink_.end_container();
            value_done();
            return;
        case FYET_SCALAR:
            refuse_anchor_and_tag(e->scalar.anchor, e->scalar.tag);
            scalar(e);
            return;
        case FYET_ALIAS:
            fail(indicator_before(start_of(e), '*'), "YAML aliases (*name) are not accepted in a draft: write the value out in full");
        default:
            return;
        }
    }

    void begin(const Event& e, bool mapping) {
        const std::size_t at = start_of(e);
        if (!frames_.empty() && frames_.back().mapping && frames_.back().expecting_key)
            fail(at, "a key must be a name (plain or quoted text), not a list or a mapping");
        if (mapping) sink_.begin_object(at);
        else sink_.begin_array(at);
        frames_.push_back({mapping});
    }

    void scalar(const Event& e) {
        const std::size_t at = start_of(e);
        std::size_t length = 0;
        const char* chars = fy_token_get_text(e->scalar.value, &length);
        std::string text(chars ? chars : "", chars ? length : 0);
        if (!frames_.empty() && frames_.back().mapping && frames_.back().expecting_key) {
            frames_.back().expecting_key = false;
            sink_.key(std::move(text), at);
            return;
        }
        // A '#' inside the scalar (quoted, or a block scalar's lines) is text, not a comment.
        if (const fy_mark* end = fy_token_end_mark(e->scalar.value)) scanned_ = std::max(scanned_, end->input_pos);
        if (fy_token_scalar_style(e->scalar.value) != FYSS_PLAIN) {
            sink_.scalar(std::move(text), at);
        } else {
            nlohmann::json value;
            try {
                value = resolve_plain_scalar(text);
            } catch (const std::out_of_range& range) {
                fail(at, std::string("not valid YAML: ") + range.what());
            }
            sink_.scalar(std::move(value), at);
        }
        value_done();
    }

    // The comments between the last token read and `end`: outside scalars, a '#' at the start of
    // a line or after a space or tab starts one, to the end of its line.
    void comments_before(std::size_t end) {
        const std::string& text = source_.text();
        for (std::size_t i = scanned_; i < end; ++i) {
            if (text[i] != '#' || (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\t' && text[i - 1] != '\n' && text[i - 1] != '\r')) continue;
            const std::size_t line_end = std::min(text.find_first_of("\r\n", i), text.size());
            std::size_t from = i + 1;
            if (from < line_end && text[from] == ' ') ++from;
            std::size_t to = line_end;
            while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t')) --to;
            sink_.comment(text.substr(from, to - from), i);
            i = line_end;
        }
        scanned_ = std::max(scanned_, end);
    }

    void value_done() {
        if (!frames_.empty() && frames_.back().mapping) frames_.back().expecting_key = true;
    }

    void refuse_anchor_and_tag(fy_token* anchor, fy_token* tag) {
        if (anchor) fail(indicator_before(start_of(anchor), '&'), "YAML anchors (&name) are not accepted in a draft: write the value out in full where it is needed");
        if (tag) fail(start_of(tag), "YAML tags (!name) are not accepted in a draft: remove the tag, and quote the value if it is text");
    }

    // An empty value (`key:` with nothing after it) has no mark: use the last place seen.
    std::size_t start_of(const Event& e) { return remember(fy_event_start_mark(e.get())); }
    std::size_t start_of(fy_token* token) { return remember(fy_token_start_mark(token)); }
    std::size_t remember(const fy_mark* mark) {
        if (mark && mark->line >= 0) last_offset_ = mark->input_pos;
        return last_offset_;
    }

    // libfyaml marks an anchor or alias at its name: point at the & or * that starts it.
    std::size_t indicator_before(std::size_t offset, char indicator) const {
        return offset > 0 && source_.text()[offset - 1] == indicator ? offset - 1 : offset;
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        const LineColumn at = source_.position(offset);
        throw InputError({source_.name(), at.line, at.column}, message);
    }

    const SourceText& source_;
    DocumentSink& sink_;
    std::vector<Frame> frames_;
    int documents_ = 0;
    std::size_t last_offset_ = 0;
    std::size_t scanned_ = 0;  // comments are looked for from here on
};

}  // namespace

void read_yaml_events(const SourceText& source, DocumentSink& sink) { YamlReader(source, sink).read(); }

}  // namespace draftcheck
