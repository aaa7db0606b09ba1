#include "core/home.h"

#include <cstdlib>
#include <filesystem>

#include "core/error.h"

namespace draftcheck {
namespace {

namespace fs = std::filesystem;

bool holds_rules(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "rules", ec);
}

}  // namespace

Home draftcheck_home() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    const fs::path installed = ec ? fs::path() : (exe.parent_path() / "../share/draftcheck").lexically_normal();
    if (!installed.empty() && holds_rules(installed)) return {installed.generic_string(), "installed beside " + exe.generic_string(), true};
    const char* env = std::getenv("DRAFTCHECK_HOME");
    if (env && *env) {
        if (holds_rules(env)) return {env, "DRAFTCHECK_HOME"};
        throw InputError({env}, "DRAFTCHECK_HOME names a folder with no rules/ in it");
    }
    if (holds_rules(DRAFTCHECK_SOURCE_TREE)) return {DRAFTCHECK_SOURCE_TREE, "the source tree draftcheck was built from"};
    throw InputError({installed.generic_string()},
                     "draftcheck cannot find its rules: not here, DRAFTCHECK_HOME is not set, and the source tree it was built from (" +
                         std::string(DRAFTCHECK_SOURCE_TREE) + ") is gone; reinstall, or set DRAFTCHECK_HOME");
}

}  // namespace draftcheck
