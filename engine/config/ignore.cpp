#include "config/ignore.h"

#include <fnmatch.h>

#include <filesystem>

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

bool matches(const IgnoreGlob& ignore, const fs::path& file) {
    const fs::path base = fs::absolute(ignore.folder.empty() ? "." : ignore.folder).lexically_normal();
    const fs::path relative = file.lexically_relative(base);
    if (relative.empty() || *relative.begin() == "..") return false;
    if (ignore.glob.find('/') == std::string::npos) {
        for (const auto& part : relative)
            if (fnmatch(ignore.glob.c_str(), part.c_str(), 0) == 0) return true;
        return false;
    }
    // The path, or a folder it lies in, matches.
    fs::path prefix;
    for (const auto& part : relative) {
        prefix /= part;
        if (fnmatch(ignore.glob.c_str(), prefix.generic_string().c_str(), 0) == 0) return true;
    }
    return false;
}

}  // namespace

bool is_ignored(const std::vector<IgnoreGlob>& globs, const std::string& path) {
    const fs::path file = fs::absolute(path).lexically_normal();
    for (const auto& ignore : globs)
        if (matches(ignore, file)) return true;
    return false;
}

}  // namespace draftcheck
