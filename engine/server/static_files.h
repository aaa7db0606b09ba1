#pragma once
// The fixed set of files the server may send, chosen when it starts: every regular file directly
// in the home's web/ folder ("/" is index.html), the draft schema as /api/schema, and the few
// Debian-packaged scripts the page uses (json-editor, CodeMirror), from where Debian installs them.
// A request path only ever selects an entry of this table; it is never joined to a directory, so
// nothing else on disk can be reached. Thread safety: const after construction.
#include <map>
#include <optional>
#include <string>

namespace draftcheck {

struct StaticFile {
    std::string path;       // on disk
    std::string mime_type;  // with charset for text
};

class StaticFiles {
public:
    // `web_dir` holds the page; `javascript_dir` is Debian's /usr/share/javascript.
    StaticFiles(const std::string& web_dir, const std::string& schema_file, const std::string& javascript_dir);

    const StaticFile* find(const std::string& url_path) const;
    // Reads the file now, so an edited page is served without a restart; nullopt if it has gone.
    static std::optional<std::string> read(const StaticFile& file);

private:
    std::map<std::string, StaticFile> files_;
};

}  // namespace draftcheck
