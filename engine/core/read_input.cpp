#include "core/read_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace draftcheck {

std::string read_input(const std::string& path, std::size_t max_bytes, const std::string& shown) {
    const Location where{shown.empty() ? path : shown};
    const bool standard_input = path == "-";
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever before fstat can refuse it.
    const int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) throw InputError(where, "no such file");
        if (errno == ELOOP) throw InputError(where, "is a symbolic link that leads round in a loop");
        throw InputError(where, std::string("cannot be read: ") + std::strerror(errno));
    }
    const auto fail = [&](const std::string& message) {
        if (!standard_input) ::close(fd);
        throw InputError(where, message);
    };
    struct stat info {};
    if (::fstat(fd, &info) != 0) fail(std::string("cannot be read: ") + std::strerror(errno));
    if (!standard_input) {
        if (S_ISDIR(info.st_mode)) fail("is a directory, not a file");
        if (!S_ISREG(info.st_mode)) fail("is not a regular file (a device, pipe or socket); only files and standard input (-) are read");
        if (static_cast<std::size_t>(info.st_size) > max_bytes)
            fail("the file is " + std::to_string(info.st_size) + " bytes; files larger than " + std::to_string(max_bytes) + " bytes are refused");
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    // A regular file can still grow while it is read, so the limit holds for the bytes read too.
    std::string text;
    char buffer[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(std::string("reading failed part-way: ") + std::strerror(errno));
        if (n == 0) break;
        if (text.size() + static_cast<std::size_t>(n) > max_bytes)
            fail("holds more than " + std::to_string(max_bytes) + " bytes; larger inputs are refused");
        text.append(buffer, static_cast<std::size_t>(n));
    }
    if (!standard_input) ::close(fd);
    return text;
}

}  // namespace draftcheck
