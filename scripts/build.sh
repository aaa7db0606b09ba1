#!/usr/bin/env bash
# Installs what is missing (Debian packages only) and builds build/: everything, or only the
# targets named.
#   bash scripts/build.sh               # the binary and the tests: the test command's build step
#   bash scripts/build.sh draftcheck    # the binary only: scripts/try.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  # npm fetches the pinned SARIF schema and validator the tests check SARIF output with; Debian's is
  # installed only when there is no npm already (a machine with Node.js from elsewhere cannot take it).
  if command -v npm >/dev/null; then bash scripts/install-deps.sh; else bash scripts/install-deps.sh npm; fi
  bash scripts/fetch-sarif-tools.sh
else
  bash scripts/install-deps.sh
fi
# Release: the code the benchmarks measure (-O2), without the debug information that takes about
# 40% of the compiler's time; the sanitizer build (scripts/build-sanitized.sh) keeps line tables.
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build -j"$(nproc)" "${targets[@]}"
