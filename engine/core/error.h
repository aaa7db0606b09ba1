#pragma once
// An error that stops a draft or a command from being processed, with the place it concerns.
#include <stdexcept>
#include <string>

namespace draftcheck {

struct Location {
    std::string file;
    int line = 0;    // 0 when the error concerns the file as a whole
    int column = 0;
};

class InputError : public std::runtime_error {
public:
    InputError(Location where, const std::string& message)
        : std::runtime_error(message), where_(std::move(where)) {}
    const Location& where() const { return where_; }
    // FILE:LINE:COL: error: MESSAGE (or FILE: error: MESSAGE without a position).
    std::string describe() const;

private:
    Location where_;
};

}  // namespace draftcheck
