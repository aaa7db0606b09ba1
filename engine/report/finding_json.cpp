#include "report/finding_json.h"

namespace draftcheck {

nlohmann::ordered_json finding_json(const Finding& f) {
    using ordered = nlohmann::ordered_json;
    return {{"rule", f.rule},
            {"message_id", f.message_id.empty() ? ordered(nullptr) : ordered(f.message_id)},
            {"severity", severity_name(f.severity)},
            {"section", f.section},
            {"block", f.block ? ordered(*f.block) : ordered(nullptr)},
            {"pointer", f.pointer},
            {"line", f.line},
            {"column", f.column},
            {"message", f.message},
            {"suggestion", f.suggestion},
            {"guidance", f.guidance},
            {"fingerprint", f.fingerprint}};
}

}  // namespace draftcheck
