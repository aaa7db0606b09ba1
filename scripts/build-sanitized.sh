#!/usr/bin/env bash
# Builds everything (draftcheck, the tests and the libFuzzer harnesses) with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer into build-sanitized/. .ci/run runs the test suite
# there; scripts/fuzz.sh runs the harnesses. One build serves both, which is CI's largest saving.
#   bash scripts/build-sanitized.sh                 # everything
#   bash scripts/build-sanitized.sh fuzz_load       # only the targets named
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh clang libclang-rt-14-dev
CXX=clang++ cmake -S . -B build-sanitized -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAFTCHECK_FUZZ=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build-sanitized -j"$(nproc)" "${targets[@]}"
