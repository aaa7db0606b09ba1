#pragma once
// Comparing output with a golden file in tests/golden/.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "test_support.h"

namespace draftcheck::testing {

// Compares with tests/golden/NAME, or rewrites it when UPDATE_GOLDEN=1 is set.
inline void expect_golden(const std::string& name, const std::string& actual) {
    const fs::path golden = fs::path(SOURCE_DIR) / "tests/golden" / name;
    if (std::getenv("UPDATE_GOLDEN")) {
        write_file(golden, actual);
        GTEST_SKIP() << "rewrote " << golden;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run the tests once with UPDATE_GOLDEN=1 and review the file";
    EXPECT_EQ(read_file(golden), actual) << "output differs from " << golden;
}

}  // namespace draftcheck::testing
