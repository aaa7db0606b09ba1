#!/usr/bin/env bash
# The whole benchmark of issue 6, in one session: builds the benchmark tools, generates the drafts,
# checks they are schema-valid, installs the peers (Spectral, ajv-cli) from the npm registry into a
# scratch folder, then times everything and prints a results table (also written to
# $WORK/results.md). Not part of CI; takes about an hour on 2 cores. See bench/README.md.
#
# Environment (all optional):
#   WORK=/tmp/draftcheck-bench     drafts, raw hyperfine/benchmark JSON, results.md
#   PEERS=/tmp/draftcheck-peers    where Spectral and ajv-cli are installed (outside the repository)
#   BUILD=build-bench              CMake build folder for draftcheck + bench tools (RelWithDebInfo: -O2 as build/, with debug information)
#   BATCH=1000                     drafts in the batch
#   LARGE=20000                    indicators in the large draft (its double has twice as many)
#   SKIP_MICRO=1                   skip the Google Benchmark micro-benchmarks
#   SKIP_SPECTRAL_LARGE=1          skip the single Spectral run on the large draft
#   COMMIT=...                     what to call the source when it is not a git checkout
#   REPORT_ONLY=1                  print the table again from the files of the last run in $WORK
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-/tmp/draftcheck-bench}
PEERS=${PEERS:-/tmp/draftcheck-peers}
BUILD=${BUILD:-build-bench}
BATCH=${BATCH:-1000}
LARGE=${LARGE:-20000}
SPECTRAL_VERSION=6.16.3
AJV_VERSION=5.0.0
AJV_FORMATS_VERSION=3.0.1

say() { printf '\n== %s\n' "$*" >&2; }

measure() {
  # --- tools -------------------------------------------------------------------------------------
  say "Debian packages (scripts/install-deps.sh)"
  bash scripts/install-deps.sh libbenchmark-dev hyperfine jq time

  say "Building $BUILD (draftcheck, generate_drafts, parse_only, micro_bench)"
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAFTCHECK_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$BUILD" -j"$(nproc)" --target draftcheck generate_drafts parse_only micro_bench >/dev/null
  DC=$ROOT/$BUILD/draftcheck
  GEN=$ROOT/$BUILD/bench/generate_drafts
  PARSE=$ROOT/$BUILD/bench/parse_only
  MICRO=$ROOT/$BUILD/bench/micro_bench

  say "Peers from the npm registry into $PEERS"
  mkdir -p "$PEERS"
  if [ ! -x "$PEERS/node_modules/.bin/spectral" ] || [ ! -x "$PEERS/node_modules/.bin/ajv" ] ||
     ! grep -q "\"version\": \"$SPECTRAL_VERSION\"" "$PEERS/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null; then
    ( cd "$PEERS" && { [ -f package.json ] || npm init -y >/dev/null; } &&
      SCARF_ANALYTICS=false npm install --no-audit --no-fund --ignore-scripts \
        "@stoplight/spectral-cli@$SPECTRAL_VERSION" "ajv-cli@$AJV_VERSION" "ajv-formats@$AJV_FORMATS_VERSION" >/dev/null )
  fi
  SPECTRAL=$PEERS/node_modules/.bin/spectral
  AJV=$PEERS/node_modules/.bin/ajv
  # The ruleset with the schema inlined (an external $ref silently checks nothing: peers.md §3) and
  # the activity wording of rules/params/laa.json turned from Lua patterns into one JS regex.
  words=$(jq -r '[.activity_wording.value[].pattern | gsub("%a"; "[a-z]")] | join("|")' rules/params/laa.json)
  jq --slurpfile schema schemas/draft.schema.json --arg words "/\\b(?:$words)\\b/i" \
     'del(.description) | .rules["draft-schema"].then.functionOptions.schema = $schema[0]
      | .rules["outcome-focus-wording"].then |= map(.functionOptions.notMatch = $words)' \
     bench/peers/spectral-ruleset.json > "$PEERS/draftcheck.spectral.json"
  RULESET=$PEERS/draftcheck.spectral.json
  SCHEMA=$ROOT/schemas/draft.schema.json

  # --- drafts ------------------------------------------------------------------------------------
  say "Generating drafts in $WORK"
  mkdir -p "$WORK"
  rm -rf "$WORK/batch"
  "$GEN" --indicators 100 --seed 1 --out "$WORK/typical.json"
  "$GEN" --indicators "$LARGE" --seed 1 --out "$WORK/large.json"
  "$GEN" --indicators $((2 * LARGE)) --seed 1 --out "$WORK/large-double.json"
  "$GEN" --indicators 100 --seed 1000 --count "$BATCH" --out "$WORK/batch"

  # Batch mode: folders and --jobs when this draftcheck has them (issue 6 adds both).
  help=$("$DC" check --help)
  JOBS=""
  if grep -q -- '--jobs' <<<"$help"; then JOBS="--jobs $(nproc)"; fi
  # A folder is tried on a folder of one draft, since the help text alone is ambiguous.
  mkdir -p "$WORK/probe" && cp "$WORK/typical.json" "$WORK/probe/"
  probe=$("$DC" check --format json "$WORK/probe" 2>/dev/null || true)
  if jq -e '.results[0].checked == true' <<<"$probe" >/dev/null 2>&1; then
    BATCH_ARGS="$WORK/batch"
  else
    BATCH_ARGS="$WORK/batch/*.json"
  fi

  say "Every generated draft must check, with no schema finding"
  "$DC" check --format json $JOBS $BATCH_ARGS "$WORK/typical.json" "$WORK/large.json" "$WORK/large-double.json" \
    > "$WORK/validity.json" || true
  jq -e '[.results[] | select(.checked | not)] | length == 0' "$WORK/validity.json" >/dev/null ||
    { echo "a generated draft did not check:" >&2; jq -r '.results[] | select(.checked | not) | .error' "$WORK/validity.json" >&2; exit 1; }
  jq -e '[.results[].findings[] | select(.rule == "schema")] | length == 0' "$WORK/validity.json" >/dev/null ||
    { echo "a generated draft has schema findings:" >&2; jq -r '.results[] | .file as $f | .findings[] | select(.rule == "schema") | "\($f): \(.message)"' "$WORK/validity.json" | head >&2; exit 1; }
  jq -r '"checked \(.results | length) drafts: 0 schema findings, \([.results[].findings[]] | length) findings in all, "
         + "\([.results[].findings[] | select(.rule == "engine.rule-failed")] | length) rule failures"' "$WORK/validity.json" >&2

  # --- timings -----------------------------------------------------------------------------------
  HF=(hyperfine --ignore-failure --style basic)
  loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
  LOAD_BEFORE=$(loadavg)
  STARTED=$(date -u '+%Y-%m-%d %H:%M')

  say "Typical draft, whole process: draftcheck, Spectral (schema + 4 rules), ajv-cli (schema only)"
  "${HF[@]}" --warmup 3 --runs 30 --export-json "$WORK/hf-typical-draftcheck.json" \
    -n draftcheck "$DC check --format json $WORK/typical.json"
  "${HF[@]}" --warmup 1 --runs 10 --export-json "$WORK/hf-typical-spectral.json" \
    -n spectral "$SPECTRAL lint $WORK/typical.json -r $RULESET -f json -q"
  "${HF[@]}" --warmup 1 --runs 10 --export-json "$WORK/hf-typical-ajv.json" \
    -n ajv "$AJV validate -s $SCHEMA -d $WORK/typical.json -c ajv-formats --all-errors --errors=json"

  say "Large draft and its double: draftcheck vs nlohmann/json parse alone"
  "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-large-parse.json" -n parse_only "$PARSE $WORK/large.json"
  "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-double-parse.json" -n parse_only "$PARSE $WORK/large-double.json"
  "${HF[@]}" --runs 5 --export-json "$WORK/hf-large-draftcheck.json" -n draftcheck "$DC check --format json $WORK/large.json"
  "${HF[@]}" --runs 5 --export-json "$WORK/hf-double-draftcheck.json" -n draftcheck "$DC check --format json $WORK/large-double.json"
  "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-large-ajv.json" \
    -n ajv "$AJV validate -s $SCHEMA -d $WORK/large.json -c ajv-formats --all-errors --errors=json"

  say "Batch of $BATCH typical drafts"
  "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-batch-draftcheck.json" \
    -n draftcheck "$DC check --format json $JOBS $BATCH_ARGS"
  if [ -n "$JOBS" ]; then
    "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-batch-draftcheck-jobs1.json" \
      -n "draftcheck --jobs 1" "$DC check --format json --jobs 1 $BATCH_ARGS"
  fi
  "${HF[@]}" --warmup 1 --runs 5 --export-json "$WORK/hf-batch-ajv.json" \
    -n ajv "$AJV validate -s $SCHEMA -d '$WORK/batch/*.json' -c ajv-formats --all-errors --errors=json"
  "${HF[@]}" --runs 3 --export-json "$WORK/hf-batch-spectral.json" \
    -n spectral "$SPECTRAL lint '$WORK/batch/*.json' -r $RULESET -f json -q"

  # Peak memory: GNU time's "Maximum resident set size", three runs each.
  say "Peak memory (/usr/bin/time -v)"
  peak() {  # name, command...: writes one line "name kb kb kb"
    local name=$1; shift
    local line=$name
    for _ in 1 2 3; do
      /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt" || true
      line="$line $(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")"
    done
    echo "$line" >>"$WORK/peak.txt"
  }
  : >"$WORK/peak.txt"
  peak typical "$DC" check --format json "$WORK/typical.json"
  peak large "$DC" check --format json "$WORK/large.json"
  peak double "$DC" check --format json "$WORK/large-double.json"
  # shellcheck disable=SC2086 # $JOBS and $BATCH_ARGS are meant to split (and the glob to expand)
  peak batch "$DC" check --format json $JOBS $BATCH_ARGS
  peak parse_large "$PARSE" "$WORK/large.json"
  peak spectral_typical "$SPECTRAL" lint "$WORK/typical.json" -r "$RULESET" -f json -q
  peak ajv_typical "$AJV" validate -s "$SCHEMA" -d "$WORK/typical.json" -c ajv-formats --all-errors --errors=json

  if [ -z "${SKIP_SPECTRAL_LARGE:-}" ]; then
    say "Spectral on the large draft: one run (timeout 15 min)"
    /usr/bin/time -v timeout 900 "$SPECTRAL" lint "$WORK/large.json" -r "$RULESET" -f json -q >/dev/null 2>"$WORK/spectral-large.txt" || true
  fi
  LOAD_AFTER=$(loadavg)

  if [ -z "${SKIP_MICRO:-}" ]; then
    say "Micro-benchmarks (Google Benchmark, 3 repetitions)"
    "$MICRO" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
      --benchmark_out="$WORK/micro.json" --benchmark_out_format=json >"$WORK/micro.txt"
  fi

  # What the report needs to know about this session.
  if git rev-parse --git-dir >/dev/null 2>&1; then
    COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- engine rules schemas || echo ' + uncommitted changes to engine/, rules/ or schemas/')"
  else
    COMMIT=${COMMIT:-unknown}
  fi
  printf 'JOBS="%s"\nBATCH_ARGS="%s"\nLOAD_BEFORE="%s"\nLOAD_AFTER="%s"\nCOMMIT="%s"\nDATE="%s"\n' "$JOBS" "$BATCH_ARGS" "$LOAD_BEFORE" "$LOAD_AFTER" "$COMMIT" "$STARTED to $(date -u '+%H:%M UTC')" >"$WORK/session.env"
}

# --- results ------------------------------------------------------------------------------------
report() {
  # shellcheck source=/dev/null
  . "$WORK/session.env"
  bytes() { stat -c %s "$1"; }
  batch_bytes=$(du -sb "$WORK/batch" | cut -f1)
  # hyperfine JSON -> "median s (min-max, sd)"; ratios use medians.
  med() { jq -r '.results[0].median' "$WORK/hf-$1.json"; }
  cell() { jq -r '.results[0] | "\(.median*1000 | round / 1000) s (\(.min*1000 | round / 1000)-\(.max*1000 | round / 1000), sd \(.stddev*1000 | round / 1000)); CPU \((.user + .system)*1000 | round / 1000) s"' "$WORK/hf-$1.json"; }
  cpu() { jq -r '.results[0] | .user + .system' "$WORK/hf-$1.json"; }
  calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
  peak_sorted() { awk -v n="$1" '$1 == n { print $2; print $3; print $4 }' "$WORK/peak.txt" | sort -n; }
  peak_med() { peak_sorted "$1" | sed -n 2p; }
  peak_range() { peak_sorted "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f-%.1f", lo / 1024, hi / 1024 }'; }
  mb() { calc "$1/1048576" 1; }

  t_typ=$(med typical-draftcheck); t_spec=$(med typical-spectral); t_ajv=$(med typical-ajv)
  t_lp=$(med large-parse); t_dp=$(med double-parse); t_lg=$(med large-draftcheck); t_db=$(med double-draftcheck)
  t_bd=$(med batch-draftcheck); t_ba=$(med batch-ajv); t_bs=$(med batch-spectral)
  {
    echo "# draftcheck benchmark results"
    echo
    echo "- date: ${DATE:-unknown}; commit: ${COMMIT:-unknown}"
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; load average before $LOAD_BEFORE, after $LOAD_AFTER"
    echo "- tools: $(hyperfine --version), node $(node --version), Spectral $SPECTRAL_VERSION, ajv-cli $AJV_VERSION + ajv-formats $AJV_FORMATS_VERSION"
    echo "- draftcheck batch options: ${JOBS:-(no --jobs in this build)}; batch given as: $( [ "$BATCH_ARGS" = "$WORK/batch" ] && echo folder || echo 'file list')"
    echo "- drafts: typical $(bytes "$WORK/typical.json") B (100 indicators); large $(bytes "$WORK/large.json") B ($LARGE indicators); double $(bytes "$WORK/large-double.json") B ($((2 * LARGE))); batch $BATCH drafts, $batch_bytes B"
    echo
    echo "## Whole process (hyperfine: median (min-max, sd))"
    echo
    echo "| measurement | draftcheck | peer | ratio (of medians; CPU = user + system, mean) |"
    echo "|---|---|---|---|"
    echo "| typical draft | $(cell typical-draftcheck) | Spectral $(cell typical-spectral) | Spectral/draftcheck = $(calc "$t_spec/$t_typ" 1)x (target >= 100x); by CPU time $(calc "$(cpu typical-spectral)/$(cpu typical-draftcheck)" 1)x |"
    echo "| typical draft | | ajv-cli $(cell typical-ajv) | ajv/draftcheck = $(calc "$t_ajv/$t_typ" 1)x |"
    echo "| large draft | $(cell large-draftcheck) | nlohmann parse only $(cell large-parse) | draftcheck/parse = $(calc "$t_lg/$t_lp" 1)x (target <= 3x); by CPU time $(calc "$(cpu large-draftcheck)/$(cpu large-parse)" 1)x |"
    echo "| large draft | | ajv-cli $(cell large-ajv) | ajv/draftcheck = $(calc "$(med large-ajv)/$t_lg" 2)x |"
    echo "| double draft | $(cell double-draftcheck) | nlohmann parse only $(cell double-parse) | double/large = $(calc "$t_db/$t_lg" 2)x (target <= 2.2x); by CPU time $(calc "$(cpu double-draftcheck)/$(cpu large-draftcheck)" 2)x; parse alone $(calc "$t_dp/$t_lp" 2)x, by CPU $(calc "$(cpu double-parse)/$(cpu large-parse)" 2)x |"
    echo "| $BATCH drafts | $(cell batch-draftcheck) = $(calc "$BATCH/$t_bd" 0) drafts/s | ajv-cli $(cell batch-ajv) = $(calc "$BATCH/$t_ba" 0) drafts/s | draftcheck/ajv throughput = $(calc "$t_ba/$t_bd" 3)x (target > 1x); per CPU-second: draftcheck $(calc "$BATCH/$(cpu batch-draftcheck)" 1), ajv $(calc "$BATCH/$(cpu batch-ajv)" 0) drafts |"
    if [ -f "$WORK/hf-batch-draftcheck-jobs1.json" ]; then
      echo "| $BATCH drafts, --jobs 1 | $(cell batch-draftcheck-jobs1) = $(calc "$BATCH/$(med batch-draftcheck-jobs1)" 0) drafts/s | | speed-up with $JOBS: $(calc "$(med batch-draftcheck-jobs1)/$t_bd" 2)x |"
    fi
    echo "| $BATCH drafts | | Spectral $(cell batch-spectral) = $(calc "$BATCH/$t_bs" 1) drafts/s | Spectral/draftcheck = $(calc "$t_bs/$t_bd" 2)x; per CPU-second: Spectral $(calc "$BATCH/$(cpu batch-spectral)" 1) drafts |"
    echo
    echo "## Peak memory (GNU time, maximum resident set size, median of 3 (min-max))"
    echo
    echo "| run | input | peak RSS | budget 4 x input + 30 MB | within |"
    echo "|---|---|---|---|---|"
    for row in "typical $WORK/typical.json" "large $WORK/large.json" "double $WORK/large-double.json"; do
      set -- $row
      kb=$(peak_med "$1"); in=$(bytes "$2"); budget=$(calc "(4*$in + 30*1048576)/1024" 0)
      echo "| draftcheck $1 | $(mb "$in") MiB | $(calc "$kb/1024" 1) MiB ($(peak_range "$1")) | $(calc "$budget/1024" 1) MiB | $(awk "BEGIN { print ($kb <= $budget) ? \"yes\" : \"no, \" sprintf(\"%.2f\", $kb/$budget) \"x\" }") |"
    done
    echo "| draftcheck batch | $(mb "$batch_bytes") MiB in $BATCH files | $(calc "$(peak_med batch)/1024" 1) MiB ($(peak_range batch)) | per draft: $(calc "(4*$(bytes "$WORK/typical.json") + 30*1048576)/1048576" 1) MiB | |"
    echo "| nlohmann parse only, large | $(mb "$(bytes "$WORK/large.json")") MiB | $(calc "$(peak_med parse_large)/1024" 1) MiB ($(peak_range parse_large)) | | |"
    echo "| Spectral typical | | $(calc "$(peak_med spectral_typical)/1024" 1) MiB ($(peak_range spectral_typical)) | | |"
    echo "| ajv-cli typical | | $(calc "$(peak_med ajv_typical)/1024" 1) MiB ($(peak_range ajv_typical)) | | |"
    if [ -f "$WORK/spectral-large.txt" ]; then
      echo
      echo "Spectral on the large draft, one run: $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/spectral-large.txt") wall," \
           "$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$WORK/spectral-large.txt") peak," \
           "exit status $(awk -F': ' '/Exit status/ {print $2}' "$WORK/spectral-large.txt") (124 = timed out)."
    fi
    if [ -f "$WORK/micro.json" ]; then
      echo
      echo "## Micro-benchmarks (Google Benchmark, real time, median of 3 repetitions; cv = spread)"
      echo
      echo "| benchmark | median | cv | MB/s |"
      echo "|---|---|---|---|"
      jq -r 'INDEX(.benchmarks[] | select(.aggregate_name == "cv"); .run_name) as $cv
             | .benchmarks[] | select(.aggregate_name == "median") | . as $m | $cv[$m.run_name] as $c
             | "| \($m.run_name | sub("/real_time"; "")) | \($m.real_time * 100 | round / 100) \($m.time_unit) | \($c.real_time * 1000 | round / 10)% | \(if $m.bytes_per_second then $m.bytes_per_second / 1048576 * 10 | round / 10 else "" end) |"' \
        "$WORK/micro.json"
    fi
  } | tee "$WORK/results.md"
}

[ -n "${REPORT_ONLY:-}" ] || measure
report
