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

// Runs `DRAFTCHECK_BIN args` through the shell in `dir` (the repository by default), with an
// optional environment prefix such as "DRAFTCHECK_HOME=/x".
inline RunResult run_draftcheck(const std::string& args, const fs::path& dir = SOURCE_DIR, const std::string& env = "") {
    TempDir scratch;
    const fs::path err_file = scratch / "stderr";
    const std::string command = "cd '" + dir.string() + "' && LC_ALL=C " + env + " '" + DRAFTCHECK_BIN + "' " + args + " 2>'" +
                                err_file.string() + "'";
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

}  // namespace draftcheck::testing
