#pragma once
// A finding the Government Office has agreed to accept, recorded in the draft ("exceptions") or
// in a side file named by draftcheck.json ("exceptions_file").
#include <string>

#include "core/finding.h"

namespace draftcheck {

struct AgreedException {
    std::string rule;
    std::string entity;     // id of the entity concerned; "" covers every finding of the rule
    std::string reason;
    std::string agreed_by;
    std::string date;       // YYYY-MM-DD, or ""
    std::string expires;    // YYYY-MM-DD, or ""
    std::string pointer;    // where it is written in the draft (/exceptions/N), or ""
    std::string written_at; // "FILE:LINE:COL" in a side file, or ""
};

struct AcceptedFinding {
    Finding finding;
    AgreedException exception;
};

}  // namespace draftcheck
