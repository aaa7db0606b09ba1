// Schema checking: any JSON document yields findings, each with a message, and never crashes
// valijson (its std::regex, its exceptions).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "core/limits.h"
#include "load/json_loader.h"
#include "schema/schema_checker.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace draftcheck;
    static const SchemaChecker checker = SchemaChecker::load(std::string(SOURCE_DIR) + "/schemas/draft.schema.json");
    try {
        const nlohmann::json doc = parse_json(SourceText::from_string("fuzz.json", std::string(reinterpret_cast<const char*>(data), size)),
                                              limits::max_json_depth);
        for (const auto& finding : checker.check(doc))
            if (finding.message.empty() || finding.message.size() > limits::max_message_bytes + 3) std::abort();
    } catch (const InputError&) {
    }
    return 0;
}
