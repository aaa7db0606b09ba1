#pragma once
// Where draftcheck's data lives: the folder holding rules/, schemas/, letter/ (and web/ when there
// is one). Every part of the program that reads those files asks this one function.
#include <string>

namespace draftcheck {

struct Home {
    std::string path;  // the folder itself
    std::string how;   // why this one, for --version and `config show`
    bool installed = false;  // found beside the executable: a copy nothing should write into
};

// Looked up at each call, in this order, taking the first that holds rules/:
//   1. ../share/draftcheck beside the running executable (cmake --install, the .deb);
//   2. $DRAFTCHECK_HOME;
//   3. the source tree the binary was built from, so rules edited there apply with no rebuild.
// Throws InputError naming the places looked in when none holds rules/. Thread-safe (reads only).
Home draftcheck_home();

}  // namespace draftcheck
