#include "check/configured_batch.h"

#include <map>

#include "config/side_files.h"

namespace draftcheck {
ConfiguredBatch plan_batch(const BatchRequest& request, const std::string& home) {
    ConfigResolver resolver(request.choice, home);
    std::vector<IgnoreGlob> given;
    for (const auto& glob : request.ignore) given.push_back({"", glob});
    const SideFiles side_files(home);
    const auto skip = [&](const std::string& file) {
        return is_ignored(given, file) || is_ignored(resolver.for_path(file).ignore, file) || side_files.is_side_file(file);
    };
    ConfiguredBatch batch;
    batch.files = expand_inputs(request.paths, skip);

    std::map<std::vector<std::string>, std::size_t> index_of;  // by the configuration's files
    for (const auto& file : batch.files) {
        const std::string place = file == "-" ? (request.stdin_name.empty() ? "./-" : request.stdin_name) : file;
        const Config& config = resolver.for_path(place);
        const auto [it, added] = index_of.emplace(config.files, batch.installations.size());
        if (added) batch.installations.push_back(std::make_unique<Installation>(Installation::load(home, request.extra_rule_dirs, config)));
        batch.installation_of.push_back(it->second);
    }
    return batch;
}

std::vector<DraftReport> check_batch(const ConfiguredBatch& batch, const std::string& kind_option, const SourceText* standard_input,
                                     unsigned jobs, const Progress& progress) {
    std::vector<DraftReport> reports(batch.files.size());
    std::size_t done_before = 0;
    for (std::size_t i = 0; i < batch.installations.size(); ++i) {
        std::vector<std::string> files;
        std::vector<std::size_t> positions;
        for (std::size_t f = 0; f < batch.files.size(); ++f)
            if (batch.installation_of[f] == i) files.push_back(batch.files[f]), positions.push_back(f);
        CheckOptions options = batch.installations[i]->check_options(kind_option);
        options.standard_input = standard_input;
        const Progress shifted = progress ? Progress([&](std::size_t done, std::size_t) { progress(done_before + done, batch.files.size()); }) : Progress();
        std::vector<DraftReport> group = check_files(*batch.installations[i], files, options, jobs, shifted);
        for (std::size_t g = 0; g < group.size(); ++g) reports[positions[g]] = std::move(group[g]);
        done_before += files.size();
    }
    return reports;
}

}  // namespace draftcheck
