#!/usr/bin/env bash
# `draftcheck serve` on typical drafts (bench/README.md, "The web server"): the server time of one
# check while an officer fills in a reward target, and checks per second with several clients at once.
# Not part of CI. Usage: bash bench/serve_bench.sh [path/to/draftcheck]   (default build/draftcheck)
#   WORK=/tmp/draftcheck-serve-bench   SECONDS_LOADED=20   CLIENTS=4
set -euo pipefail
cd "$(dirname "$0")/.."
DC=${1:-build/draftcheck}
WORK=${WORK:-/tmp/draftcheck-serve-bench}
mkdir -p "$WORK"
# The generator needs only nlohmann/json, so it is built here without the micro-benchmarks' dependencies.
[ -x "$WORK/generate_drafts" ] || g++ -O2 -std=c++20 -Ibench bench/generate_drafts.cpp bench/draft_generator.cpp -o "$WORK/generate_drafts"
"$WORK/generate_drafts" --indicators 100 --seed 1 --out "$WORK/typical.json"
/usr/bin/python3 bench/serve_bench.py "$DC" "$PWD" "$WORK" "${SECONDS_LOADED:-20}" "${CLIENTS:-4}"
