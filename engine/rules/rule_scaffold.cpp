#include "rules/rule_scaffold.h"

#include <filesystem>
#include <regex>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/read_input.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

std::string filled_template(const std::string& path, const std::string& id) {
    std::string text = read_input(path, limits::max_rule_file_bytes);
    const std::string placeholder = "@ID@";
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + id.size()))
        text.replace(at, placeholder.size(), id);
    return text;
}

}  // namespace

Scaffolded scaffold_rule(const std::string& id, const ScaffoldPlace& place, const std::string& templates_dir,
                         const std::vector<RuleFile>& existing) {
    // Lower case so ids read the same in every listing and are valid file names everywhere.
    static const std::regex shape("([a-z0-9]+(-[a-z0-9]+)*)\\.([a-z0-9]+(-[a-z0-9]+)*)");
    std::smatch parts;
    if (!std::regex_match(id, parts, shape))
        throw InputError({id}, "is not a rule id: write <group>.<name> in lower-case letters, digits and hyphens, "
                               "as in indicators.title-present (the rule goes in rules/<group>/<name>.lua)");
    const std::string group = parts[1], name = parts[3];
    if (is_reserved_folder(group)) throw InputError({id}, "is not a rule id: rules/" + group + "/ holds no rules; choose another group");
    for (const auto& file : existing)
        if (file.expected_id == id) throw InputError({file.shown}, "already defines the rule " + id + "; choose another id");

    const fs::path folder = fs::path(place.dir) / group;
    const std::string shown = place.shown_dir + "/" + group + "/" + name;
    const Scaffolded out{shown + ".lua", shown + ".test.json"};
    for (const auto& [path, shown_path] : {std::pair{folder / (name + ".lua"), out.rule_shown}, {folder / (name + ".test.json"), out.test_shown}})
        if (fs::exists(path)) throw InputError({shown_path}, "already exists; draftcheck rules new never overwrites a file");

    const std::string rule = filled_template(templates_dir + "/rule.lua.in", id);
    const std::string tests = filled_template(templates_dir + "/rule.test.json.in", id);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw InputError({place.shown_dir + "/" + group}, "cannot be created: " + ec.message());
    write_file_atomically((folder / (name + ".lua")).string(), rule);
    try {
        write_file_atomically((folder / (name + ".test.json")).string(), tests);
    } catch (const InputError&) {
        fs::remove(folder / (name + ".lua"), ec);  // both files or neither
        throw;
    }
    return out;
}

}  // namespace draftcheck
