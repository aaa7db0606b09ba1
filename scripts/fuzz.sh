#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) into build-sanitized/ (through
# scripts/build-sanitized.sh, so after .ci/run's sanitizer stage nothing is rebuilt) and runs each for
# SECONDS (default 60), all but fuzz_render seeded from examples/, tests/bad-drafts/, tests/fixtures/, the rule
# tests' drafts and (for the YAML harness too) the examples as YAML. Exits non-zero if any harness finds a crash; the input is kept in
# build-sanitized/fuzz/artifacts/ and should become a regression test.
#   bash scripts/fuzz.sh            # a minute per harness
#   bash scripts/fuzz.sh 3600       # an hour per harness
#   DRAFTCHECK_FUZZ_HARNESSES=fuzz_render bash scripts/fuzz.sh 600   # one harness
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
harnesses=${DRAFTCHECK_FUZZ_HARNESSES:-fuzz_load fuzz_yaml fuzz_schema fuzz_check fuzz_render}
bash scripts/install-deps.sh jq
# shellcheck disable=SC2086 # one target per word
bash scripts/build-sanitized.sh $harnesses

seeds=build-sanitized/fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds" build-sanitized/fuzz/artifacts
# Every file in these folders, subfolders included, named by its path so that names cannot collide.
find examples tests/fixtures tests/bad-drafts -type f | sort | while IFS= read -r f; do
  cp "$f" "$seeds/$(printf '%s' "$f" | tr / _)"
done
# JSON is YAML's flow style, but block-style seeds reach more of the YAML reader.
if [ -x build/draftcheck ]; then
  for f in examples/*.json; do build/draftcheck convert "$f" --to yaml >"$seeds/$(basename "$f" .json).yaml"; done
else
  echo "no build/draftcheck (scripts/build.sh makes it), so no block-style YAML seeds"
fi
# Each rule test case's draft is a small, realistic seed.
for t in $(find rules -name '*.test.json' | sort); do
  i=0
  jq -c '.cases[].draft' "$t" | while IFS= read -r draft; do
    printf '%s' "$draft" >"$seeds/$(basename "$t").$i.json"
    i=$((i + 1))
  done
done

# Leaks inside Debian libraries that draftcheck cannot fix, each with its reason.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt"
status=0
for harness in $harnesses; do
  corpus=build-sanitized/fuzz/corpus/$harness
  mkdir -p "$corpus"
  log=build-sanitized/fuzz/$harness.log
  # fuzz_render reads its bytes as report shapes and texts, not as a draft: the drafts would only be
  # replayed (783 of them at about 3 a second under ASan, before any mutation), so it starts empty.
  seed_dirs=("$seeds")
  if [ "$harness" = fuzz_render ]; then seed_dirs=(); fi
  if ! build-sanitized/tests/fuzz/$harness "$corpus" "${seed_dirs[@]}" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
       -artifact_prefix=build-sanitized/fuzz/artifacts/$harness- -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "$harness: FOUND A CRASH (see $log and build-sanitized/fuzz/artifacts/)"
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "$harness: $runs executions in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
done
exit "$status"
