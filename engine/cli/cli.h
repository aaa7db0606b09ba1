#pragma once
// The command line. main() only calls run_cli, so tests can drive the same code in process.
#include <ostream>

namespace draftcheck {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace draftcheck
