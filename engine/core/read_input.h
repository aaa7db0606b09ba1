#pragma once
// The one way draftcheck reads an input file (drafts, data files, rule files, helper libraries):
// never more than a limit, and only from a regular file, so /dev/zero, a FIFO or a terminal cannot
// make a run block or grow without bound. Safe from any thread.
#include <cstddef>
#include <string>

namespace draftcheck {

// The bytes of `path`, or of standard input when `path` is "-". Throws InputError naming the file
// (as `shown` if given) when it is missing, a directory, not a regular file (a device, FIFO or
// socket), unreadable, or longer than `max_bytes`; standard input is read up to the limit
// whatever it is, since a pipe is what it is meant to be.
std::string read_input(const std::string& path, std::size_t max_bytes, const std::string& shown = "");

}  // namespace draftcheck
