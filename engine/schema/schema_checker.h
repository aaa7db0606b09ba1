#pragma once
// Checks a draft's shape and types against the JSON Schema in schemas/, as plain-language findings.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/finding.h"

namespace valijson {
class Schema;
}

namespace draftcheck {

class SchemaChecker {
public:
    // Throws InputError naming the schema file if it cannot be read, parsed, or is not draft-07.
    // `root_name` is what messages call the checked document as a whole.
    static SchemaChecker load(const std::string& schema_path, std::string root_name = "the draft");
    ~SchemaChecker();
    SchemaChecker(SchemaChecker&&) noexcept;
    SchemaChecker& operator=(SchemaChecker&&) noexcept;

    // One finding (rule "schema", section "structure") per deepest violation; parents whose failure
    // only repeats a child's are dropped. Safe to call from several threads at once.
    std::vector<Finding> check(const nlohmann::json& draft) const;

private:
    struct ValidatorPool;
    SchemaChecker(nlohmann::json document, std::unique_ptr<valijson::Schema> compiled, std::string root_name);
    nlohmann::json document_;  // kept to word messages from titles, enums and descriptions
    std::string root_name_;
    std::unique_ptr<valijson::Schema> compiled_;
    std::unique_ptr<ValidatorPool> validators_;
};

}  // namespace draftcheck
