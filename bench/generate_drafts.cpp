// Writes synthetic drafts for the benchmarks (see draft_generator.h and bench/README.md).
//
//   generate_drafts [--indicators N] [--defects SHARE] [--seed S]            one draft to stdout
//   generate_drafts [--indicators N] [--defects SHARE] [--seed S] --out FILE.json
//   generate_drafts ... --count C --out DIR     C drafts DIR/draft-0001.json ..., seeds S, S+1, ...
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "draft_generator.h"

namespace {

[[noreturn]] void usage(const std::string& problem) {
    std::cerr << "generate_drafts: " << problem << "\n"
              << "usage: generate_drafts [--indicators N] [--defects SHARE] [--seed S] [--count C] [--out FILE.json|DIR]\n";
    std::exit(2);
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        std::cerr << "generate_drafts: cannot write " << path << "\n";
        std::exit(1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    draftcheck::bench::DraftSpec spec;
    int count = 1;
    std::string out;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") usage("synthetic LAA drafts for the benchmarks");
        if (i + 1 >= argc) usage(arg + " needs a value");
        const std::string value = argv[++i];
        try {
            if (arg == "--indicators") spec.indicators = std::stoi(value);
            else if (arg == "--defects") spec.defects = std::stod(value);
            else if (arg == "--seed") spec.seed = std::stoull(value);
            else if (arg == "--count") count = std::stoi(value);
            else if (arg == "--out") out = value;
            else usage("unknown option " + arg);
        } catch (const std::exception&) {
            usage("bad value for " + arg + ": " + value);
        }
    }
    if (spec.indicators < 1) usage("--indicators must be at least 1");
    if (spec.defects < 0 || spec.defects > 1) usage("--defects is a share between 0 and 1");
    if (count < 1) usage("--count must be at least 1");

    if (out.empty()) {
        if (count != 1) usage("--count needs --out DIR");
        std::cout << draftcheck::bench::generate_draft(spec);
        return 0;
    }
    if (count == 1 && std::filesystem::path(out).extension() == ".json") {
        write(out, draftcheck::bench::generate_draft(spec));
        return 0;
    }
    std::filesystem::create_directories(out);
    const std::uint64_t first = spec.seed;
    for (int i = 0; i < count; ++i) {
        spec.seed = first + static_cast<std::uint64_t>(i);
        char name[32];
        std::snprintf(name, sizeof name, "draft-%04d.json", i + 1);
        write(std::filesystem::path(out) / name, draftcheck::bench::generate_draft(spec));
    }
    return 0;
}
