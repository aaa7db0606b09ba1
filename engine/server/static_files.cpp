#include "server/static_files.h"

#include <filesystem>

#include "core/error.h"
#include "core/limits.h"
#include "core/read_input.h"

namespace draftcheck {
namespace {

std::string mime_type(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".json") return "application/json";
    if (ext == ".png") return "image/png";
    if (ext == ".svg") return "image/svg+xml";
    return "application/octet-stream";
}

}  // namespace

StaticFiles::StaticFiles(const std::string& web_dir, const std::string& schema_file, const std::string& javascript_dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto it = fs::directory_iterator(web_dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) {
            const std::string name = it->path().filename().string();
            files_["/" + name] = {it->path().string(), mime_type(it->path())};
        }
    if (const auto index = files_.find("/index.html"); index != files_.end()) files_["/"] = index->second;
    files_["/api/schema"] = {schema_file, "application/json"};
    // URL under /vendor/ -> file under /usr/share/javascript (libjs-json-editor, libjs-codemirror).
    const std::pair<const char*, const char*> vendor[] = {
        {"json-editor.js", "json-editor/jsoneditor.min.js"},
        {"codemirror.js", "codemirror/lib/codemirror.js"},
        {"codemirror.css", "codemirror/lib/codemirror.css"},
        {"codemirror-javascript.js", "codemirror/mode/javascript/javascript.js"},
        {"codemirror-yaml.js", "codemirror/mode/yaml/yaml.js"},
    };
    for (const auto& [url, file] : vendor) {
        const fs::path path = fs::path(javascript_dir) / file;
        files_[std::string("/vendor/") + url] = {path.string(), mime_type(path)};
    }
}

const StaticFile* StaticFiles::find(const std::string& url_path) const {
    const auto it = files_.find(url_path);
    return it == files_.end() ? nullptr : &it->second;
}

std::optional<std::string> StaticFiles::read(const StaticFile& file) {
    try {
        return read_input(file.path, limits::max_draft_bytes);
    } catch (const InputError&) {
        return std::nullopt;
    }
}

}  // namespace draftcheck
