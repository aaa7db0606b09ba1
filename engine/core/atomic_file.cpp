#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/error.h"

namespace draftcheck {

void write_file_atomically(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    std::error_code ec;
    // Through a symbolic link to the file it names: renaming over the link would replace the link.
    fs::path target(path);
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        target = fs::canonical(target, ec);
        if (ec) throw InputError({path}, "is a symbolic link that leads nowhere (or round in a loop); --output names a file");
    }
    if (fs::is_directory(target, ec)) throw InputError({path}, "is a directory; --output names a file");
    // Renaming over a device or a pipe (/dev/full, /dev/stdout) would replace it with a plain file.
    if (fs::exists(target, ec) && !fs::is_regular_file(target, ec))
        throw InputError({path}, "is not a regular file; --output writes reports only to ordinary files");
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = mkstemp(temp.data());
    if (fd < 0) throw InputError({path}, std::string("cannot be written: ") + std::strerror(errno));
    const auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        throw InputError({path}, std::string(what) + reason);
    };
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot be written: ");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail("cannot be written: ");
    ::fchmod(fd, 0644);  // mkstemp makes it private; a report is an ordinary file
    const int closed = ::close(fd);
    if (closed != 0 || std::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        throw InputError({path}, "cannot be written: " + reason);
    }
}

}  // namespace draftcheck
