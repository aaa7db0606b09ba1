#!/usr/bin/env bash
# The README's first command: install, build, and check the Leicestershire second draft LAA.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
status=0
build/draftcheck check examples/leicestershire-laa-2nd-draft.json || status=$?
# Exit code 1 means "the draft has errors to fix", which is this example's point, not a failure here.
if [ "$status" -eq 1 ]; then
  echo
  echo "(draftcheck exited 1: the draft has errors a reviewer would want fixed.)"
  status=0
fi
exit "$status"
