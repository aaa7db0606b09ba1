#!/usr/bin/env bash
# Installs what is missing (Debian packages only) and builds build/draftcheck and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm fetches the pinned SARIF schema and validator the tests check SARIF output with; Debian's is
# installed only when there is no npm already (a machine with Node.js from elsewhere cannot take it).
if command -v npm >/dev/null; then bash scripts/install-deps.sh; else bash scripts/install-deps.sh npm; fi
bash scripts/fetch-sarif-tools.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
