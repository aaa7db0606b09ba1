#include "config/side_files.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/limits.h"
#include "core/read_input.h"
#include "load/json_file.h"

namespace draftcheck {
namespace {

using nlohmann::json;

// Follows the parse only as far as the top level's member names, and stops at the first name not
// in `names` or at a top level that is not an object.
class TopLevelNames : public json::json_sax_t {
public:
    explicit TopLevelNames(const std::set<std::string>& names) : names_(names) {}
    bool all_known() const { return object_ && members_ > 0; }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(json::number_integer_t) override { return value(); }
    bool number_unsigned(json::number_unsigned_t) override { return value(); }
    bool number_float(json::number_float_t, const json::string_t&) override { return value(); }
    bool string(json::string_t&) override { return value(); }
    bool binary(json::binary_t&) override { return value(); }
    bool start_object(std::size_t) override {
        if (depth_++ == 0) object_ = true;
        return true;
    }
    bool key(json::string_t& name) override {
        if (depth_ != 1) return true;
        ++members_;
        return names_.count(name) > 0;
    }
    bool end_object() override { return --depth_, true; }
    bool start_array(std::size_t) override { return depth_++ > 0; }
    bool end_array() override { return --depth_, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool value() const { return depth_ > 0; }

    const std::set<std::string>& names_;
    int depth_ = 0;
    bool object_ = false;
    std::size_t members_ = 0;
};

void add_member_names(const std::string& schema_file, std::set<std::string>& names) {
    const JsonFile schema = read_json_file(schema_file);
    if (!schema.document.contains("properties") || !schema.document["properties"].is_object())
        schema.fail("", "the schema needs \"properties\", the names its files may have");
    for (const auto& [name, _] : schema.document["properties"].items()) names.insert(name);
}

}  // namespace

SideFiles::SideFiles(const std::string& home) {
    for (const char* schema : {"/schemas/config.schema.json", "/schemas/exceptions.schema.json"}) add_member_names(home + schema, names_);
}

bool SideFiles::is_side_file(const std::string& path) const {
    if (std::filesystem::path(path).filename() == "draftcheck.json") return true;
    std::string text;
    try {
        text = read_input(path, limits::max_draft_bytes);
    } catch (const InputError&) {
        return false;
    }
    TopLevelNames names(names_);
    return json::sax_parse(text, &names) && names.all_known();
}

}  // namespace draftcheck
