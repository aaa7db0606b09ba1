#include "rules/rule_files.h"

#include <algorithm>
#include <filesystem>

namespace draftcheck {

namespace fs = std::filesystem;

bool is_reserved_folder(const std::string& name) {
    return name == "lib" || name == "params" || name == "templates";
}

std::vector<RuleFile> find_rule_files(const std::vector<SourceDir>& dirs) {
    std::vector<RuleFile> files;
    for (const auto& dir : dirs) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir.path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const fs::path relative = it->path().lexically_relative(dir.path);
            if (it->is_directory() && it.depth() == 0 && is_reserved_folder(relative.string())) {
                it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file() || it->path().extension() != ".lua") continue;
            std::string id = relative.parent_path().generic_string();
            std::replace(id.begin(), id.end(), '/', '.');
            id += (id.empty() ? "" : ".") + it->path().stem().string();
            fs::path test = it->path();
            test.replace_extension(".test.json");
            files.push_back({it->path().string(), dir.shown + "/" + relative.generic_string(), id,
                             fs::exists(test) ? test.string() : ""});
        }
    }
    std::sort(files.begin(), files.end(), [](const RuleFile& a, const RuleFile& b) { return a.shown < b.shown; });
    return files;
}

}  // namespace draftcheck
