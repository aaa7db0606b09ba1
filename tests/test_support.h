#pragma once
// Small helpers shared by the test files: temporary folders, files, and running the real binary.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace draftcheck::testing {

namespace fs = std::filesystem;

inline std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// A fresh folder removed when the object goes out of scope.
class TempDir {
public:
    // `label` names the test in the folder name, to tell leftovers apart.
    explicit TempDir(const std::string& label = "test") {
        static std::atomic<unsigned> counter{0};
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = fs::temp_directory_path() / ("draftcheck-" + label + "-" + std::to_string(::getpid()) + "-" +
                                             std::to_string(stamp) + "-" + std::to_string(counter++));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

// The last-modified time of a file, to show a command left it alone.
inline fs::file_time_type modified_time(const fs::path& path) { return fs::last_write_time(path); }

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs a shell command line in `dir`, with an optional environment prefix such as
// "DRAFTCHECK_HOME=/x" (applied to the first command of the line).
inline RunResult run_shell(const std::string& command_line, const fs::path& dir, const std::string& env = "") {
    TempDir scratch;
    const fs::path err_file = scratch / "stderr";
    const std::string command = "cd '" + dir.string() + "' && LC_ALL=C " + env + " " + command_line + " 2>'" + err_file.string() + "'";
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = read_file(err_file);
    return result;
}

// Runs `DRAFTCHECK_BIN args` through the shell in `dir` (the repository by default).
inline RunResult run_draftcheck(const std::string& args, const fs::path& dir = SOURCE_DIR, const std::string& env = "") {
    return run_shell("'" + std::string(DRAFTCHECK_BIN) + "' " + args, dir, env);
}

// Replaces the first `from` in a file with `to`; false (file unchanged) when `from` is not there.
inline bool replace_in_file(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = read_file(path);
    const auto at = text.find(from);
    if (at == std::string::npos) return false;
    write_file(path, text.replace(at, from.size(), to));
    return true;
}

// A copy of the repository's rules/ and schemas/ that a test may change, used through
// DRAFTCHECK_HOME so that the real rules are never modified.
class ScratchHome {
public:
    ScratchHome() {
        fs::copy(fs::path(SOURCE_DIR) / "rules", dir_ / "rules", fs::copy_options::recursive);
        fs::copy(fs::path(SOURCE_DIR) / "schemas", dir_ / "schemas", fs::copy_options::recursive);
    }
    const fs::path& path() const { return dir_.path(); }
    fs::path operator/(const std::string& name) const { return dir_ / name; }
    std::string env() const { return "DRAFTCHECK_HOME='" + dir_.path().string() + "'"; }
    // draftcheck with this home, run in `dir` (the repository by default).
    RunResult run(const std::string& args, const fs::path& dir = SOURCE_DIR) const { return run_draftcheck(args, dir, env()); }

private:
    TempDir dir_{"home"};
};

}  // namespace draftcheck::testing
