#!/usr/bin/env bash
# The README's first command: install what is missing, build the draftcheck binary only (not the
# test suite), showing progress, and check the Leicestershire second draft LAA.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== installing what is missing (Debian packages only), then building build/draftcheck on $(nproc) cores"
bash scripts/build.sh draftcheck
echo "== checking examples/leicestershire-laa-2nd-draft.json"
echo
status=0
build/draftcheck check examples/leicestershire-laa-2nd-draft.json || status=$?
# Exit code 1 means "the draft has errors to fix", which is this example's point, not a failure here.
if [ "$status" -eq 1 ]; then
  echo
  echo "(draftcheck exited 1: the draft has errors a reviewer would want fixed.)"
  status=0
fi
exit "$status"
