#include "check/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "core/error.h"
#include "load/document_events.h"

namespace draftcheck {

std::vector<DraftReport> check_files(const Installation& installation, const std::vector<std::string>& files,
                                     const CheckOptions& options, unsigned jobs, const Progress& progress) {
    std::vector<DraftReport> reports(files.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex progress_lock;
    const auto work = [&] {
        std::optional<RuleSession> session;  // made when the thread takes its first draft
        for (std::size_t i; (i = next++) < files.size();) {
            try {
                if (!session) session.emplace(installation.rules);
                reports[i] = check_draft(installation, files[i], options, &*session);
            } catch (const std::exception& e) {  // e.g. out of memory: lose this draft, not the batch
                reports[i].file = files[i];
                reports[i].error = files[i] + ": error: internal error while checking: " + e.what();
            }
            const std::size_t finished = ++done;
            if (progress) {
                const std::lock_guard<std::mutex> hold(progress_lock);
                progress(finished, files.size());
            }
        }
    };
    const unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& thread : pool) thread.join();
    return reports;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, const std::function<bool(const std::string&)>& skip) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);  // a missing file is reported in its own result
            continue;
        }
        std::vector<std::string> found;
        std::size_t skipped = 0;
        // Anything named .json that is not a folder is a draft to report on, so a symbolic link
        // that loops, or a device, gets its own located error while the rest are checked.
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            std::error_code entry_ec;
            if ((it->path().extension() != ".json" && syntax_of(it->path().string()) != Syntax::yaml) || it->is_directory(entry_ec)) continue;
            if (skip && skip(it->path().generic_string())) ++skipped;
            else found.push_back(it->path().generic_string());
        }
        if (found.empty())
            throw InputError({path}, skipped ? "this folder holds no .json, .yaml or .yml drafts once configuration, exceptions and ignored files are left out"
                                             : "this folder holds no .json, .yaml or .yml drafts");
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

}  // namespace draftcheck
