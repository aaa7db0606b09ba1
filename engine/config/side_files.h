#pragma once
// draftcheck's own files among the .json files of a drafts folder, so a batch never reads them as
// drafts: a configuration (draftcheck.json, or any other name given to --config or kept as a
// profile) and an agreed exceptions file, whether or not a configuration names it. They are told
// by their name (draftcheck.json) or by their content: a top-level object whose every member is a
// name of a configuration or of an exceptions file (schemas/config.schema.json,
// schemas/exceptions.schema.json). A draft cannot be one, since it needs "agreement", which
// neither has; a misspelt draft ("agreemnt") still has a name of its own and is checked.
#include <set>
#include <string>

namespace draftcheck {

class SideFiles {
public:
    // The member names from the schemas in `home`/schemas. Throws InputError for a broken schema.
    explicit SideFiles(const std::string& home);

    // True when `path` is a configuration or exceptions file. Reads no further than its first
    // member that neither has (for a draft, usually the first), and reads only a regular file no
    // larger than a draft may be; anything it cannot read or parse is left to be checked as a
    // draft, which reports why. Safe to call from several threads.
    bool is_side_file(const std::string& path) const;

private:
    std::set<std::string> names_;
};

}  // namespace draftcheck
