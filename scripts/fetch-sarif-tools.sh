#!/usr/bin/env bash
# Fetches the pinned SARIF tools the test suite checks draftcheck's SARIF with into build/sarif/
# (not committed; the tests download nothing): the SARIF 2.1.0 JSON schema, from the npm package
# @microsoft/jest-sarif, and Microsoft's SARIF Multitool for Linux, whose `validate` the tests run.
# npm comes from Debian (scripts/build.sh has scripts/install-deps.sh install it). Each tarball must have the sha512
# pinned below; to move to another version, change the version and its integrity together.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dest="$here/build/sarif"
packages=(
  "@microsoft/sarif-multitool-linux@5.7.0 sha512-NxUbpq6ISCWoTQ/NfOYEwEDKq1Heka/rMoJ5R5LMydcAZQX/X7g5mWHcgxDub+0M07LC96tZ5LZHvF1Qy3gjTA=="
  "@microsoft/jest-sarif@1.0.0-beta.0 sha512-A1fOhPd6Ic5iDk4F9YPw1qNB4XF+7+IviR7xl8r2F6QzQkx5cpY9LsGk2rExiFIEcBbjpVnSmwWGBukASkiQ9A=="
)
pins=$(printf '%s\n' "${packages[@]}")
if [ -f "$dest/PINS" ] && [ "$(cat "$dest/PINS")" = "$pins" ]; then exit 0; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for entry in "${packages[@]}"; do
  read -r spec integrity <<<"$entry"
  tarball=$(cd "$tmp" && npm pack --silent "$spec")
  actual=$(node -e 'const c = require("crypto"), f = require("fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tmp/$tarball")
  if [ "$actual" != "$integrity" ]; then
    echo "fetch-sarif-tools: $spec has integrity $actual, not the pinned $integrity" >&2
    exit 1
  fi
done
rm -rf "$dest"
mkdir -p "$dest/multitool"
tar xzf "$tmp"/microsoft-sarif-multitool-linux-*.tgz -C "$dest/multitool" --strip-components=1
chmod +x "$dest/multitool/Sarif.Multitool"
tar xzf "$tmp"/microsoft-jest-sarif-*.tgz -C "$tmp" package/lib/schemas/sarif-2.1.0-rtm.5.json
mv "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$dest/sarif-2.1.0-rtm.5.json"
printf '%s\n' "$pins" >"$dest/PINS"
