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
        const std::size_t first = files.size();
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir.path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const fs::path relative = it->path().lexically_relative(dir.path);
            std::error_code entry_ec;  // a symbolic link that loops has no status: read_input reports it
            const bool folder = it->is_directory(entry_ec);
            if (folder && it.depth() == 0 && is_reserved_folder(relative.string())) {
                it.disable_recursion_pending();
                continue;
            }
            if (folder || it->path().extension() != ".lua") continue;
            std::string id = relative.parent_path().generic_string();
            std::replace(id.begin(), id.end(), '/', '.');
            id += (id.empty() ? "" : ".") + it->path().stem().string();
            fs::path test = it->path();
            test.replace_extension(".test.json");
            files.push_back({it->path().string(), dir.shown + "/" + relative.generic_string(), id,
                             fs::exists(test) ? test.string() : ""});
        }
        // In name order within each folder, and the folders in the order given: the stock pack comes
        // first whatever another folder is called, so no folder can take a stock rule's id first.
        std::sort(files.begin() + static_cast<std::ptrdiff_t>(first), files.end(),
                  [](const RuleFile& a, const RuleFile& b) { return a.shown < b.shown; });
    }
    return files;
}

}  // namespace draftcheck
