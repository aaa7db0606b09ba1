#pragma once
// Writes a whole file or nothing: the text goes to a temporary file beside the target, which is
// renamed over it only once it is complete, so a full disk or a crash never leaves half a report.
// A symbolic link is written through (the file it names is replaced, never the link); a device,
// pipe or folder is refused.
#include <string>

namespace draftcheck {

// Throws InputError naming `path` (missing folder, no permission, disk full...); the target is
// then untouched and no temporary file is left behind.
void write_file_atomically(const std::string& path, const std::string& text);

}  // namespace draftcheck
