// The whole check with the real rule pack: any bytes give either a checked report whose findings
// all have positions, or an error naming a position; rules never take the process down.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "check/check_draft.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace draftcheck;
    static const Installation installation = Installation::load(SOURCE_DIR, {});
    const SourceText source = SourceText::from_string("fuzz.json", std::string(reinterpret_cast<const char*>(data), size));
    CheckOptions options;
    options.kind = "laa";
    const DraftReport report = check_source(installation, source, options);
    if (report.checked != report.error.empty()) std::abort();  // exactly one of the two
    for (const auto& f : report.findings)
        if (f.line < 1 || f.column < 1 || f.message.empty()) std::abort();
    return 0;
}
