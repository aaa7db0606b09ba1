#include "config/config_search.h"

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "load/json_file.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

bool is_repository_root(const fs::path& folder) {
    std::error_code ec;
    for (const char* marker : {".git", ".hg", ".svn"})
        if (fs::exists(folder / marker, ec)) return true;
    return false;
}

bool says_root(const fs::path& file) {
    const JsonFile read = read_json_file(file.generic_string());
    return read.document.is_object() && read.document.value("root", false) == true;
}

}  // namespace

std::vector<std::string> folder_config_files(const std::string& folder) {
    const fs::path given = folder.empty() ? fs::path(".") : fs::path(folder);
    const bool relative = given.is_relative();
    const fs::path cwd = fs::current_path();
    std::vector<std::string> files;
    std::error_code ec;
    fs::path start = fs::absolute(given).lexically_normal();
    if (!start.has_filename() && start != start.root_path()) start = start.parent_path();  // "a/b/" -> "a/b"
    for (fs::path at = start;; at = at.parent_path()) {
        const fs::path candidate = at / "draftcheck.json";
        if (fs::is_regular_file(candidate, ec)) {
            files.insert(files.begin(), relative ? candidate.lexically_proximate(cwd).generic_string() : candidate.generic_string());
            if (says_root(candidate)) break;
        }
        if (is_repository_root(at) || at == at.root_path()) break;
    }
    return files;
}

std::string reviewer_profile_file(const std::string& name) {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    const fs::path base = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : "") / ".config";
    const fs::path file = base / "draftcheck" / (name + ".json");
    std::error_code ec;
    if (name.empty() || name.find('/') != std::string::npos || !fs::is_regular_file(file, ec))
        throw InputError({file.generic_string()}, "there is no reviewer profile \"" + name + "\": --reviewer NAME reads " +
                                                      (base / "draftcheck").generic_string() + "/NAME.json");
    return file.generic_string();
}

ConfigResolver::ConfigResolver(ConfigChoice choice, std::string home) : choice_(std::move(choice)), home_(std::move(home)) {}

const Config& ConfigResolver::loaded(const std::string& file, bool reviewer) {
    const std::string key = (reviewer ? "reviewer:" : "folder:") + file;
    auto it = files_.find(key);
    if (it == files_.end()) it = files_.emplace(key, load_config(file, home_, reviewer)).first;
    return it->second;
}

const Config& ConfigResolver::for_path(const std::string& path) {
    std::error_code ec;
    const std::string folder = fs::is_directory(path, ec) ? path : fs::path(path).parent_path().generic_string();
    if (const auto it = combined_.find(folder); it != combined_.end()) return it->second;

    Config config;
    if (!choice_.config.empty()) {
        config = loaded(choice_.config, true);  // --config overrides every folder's file
    } else {
        const Config* reviewer = choice_.reviewer.empty() ? nullptr : &loaded(reviewer_profile_file(choice_.reviewer), true);
        const bool trusted = !reviewer || reviewer->trust_local_config;
        for (const auto& file : folder_config_files(folder)) config = merge_configs(std::move(config), trusted ? loaded(file, false) : distrust(loaded(file, false)));
        if (reviewer) config = merge_configs(std::move(config), *reviewer);
    }
    return combined_.emplace(folder, std::move(config)).first->second;
}

}  // namespace draftcheck
