#pragma once
// The installation in the source tree (its rules, schemas, parameters and letter), loaded once per
// test binary on first use. It is never changed after loading, so every test may share it.
#include "check/installation.h"

namespace draftcheck {

inline const Installation& source_installation() {
    static const Installation loaded = Installation::load(SOURCE_DIR, {});
    return loaded;
}

}  // namespace draftcheck
