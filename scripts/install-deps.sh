#!/usr/bin/env bash
# Installs what draftcheck needs from Debian's archive, and nothing else. Extra package names
# given as arguments are installed too (scripts/fuzz.sh asks for clang this way).
# valijson is header-only, but Debian's libvalijson-dev depends on the Qt and Poco
# development packages, so we fetch that one .deb and unpack its headers into build/deps/
# instead of installing it (see README "Dependencies").
# `draftcheck serve` needs cpp-httplib, and its page uses json-editor and CodeMirror from where
# Debian installs them; its browser test drives chromium through chromedriver and selenium.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# file and dpkg-dev (dpkg-shlibdeps) let CPack work out the .deb's Depends; chromium and poppler-utils also
# print the HTML letter to PDF in a test that counts its pages.
pkgs=(build-essential cmake pkg-config liblua5.4-dev nlohmann-json3-dev libcli11-dev
      libfyaml-dev libgtest-dev libgmock-dev libcpp-httplib-dev file dpkg-dev
      libjs-json-editor libjs-codemirror chromium chromium-driver python3-selenium poppler-utils "$@")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

deps="$here/build/deps"
if [ ! -f "$deps/usr/include/valijson/validator.hpp" ]; then
  mkdir -p "$deps"
  tmp=$(mktemp -d)
  ( cd "$tmp" && { apt-get download libvalijson-dev >/dev/null 2>&1 || { apt-get update -qq && apt-get download libvalijson-dev; }; } )
  dpkg-deb -x "$tmp"/libvalijson-dev_*.deb "$deps"
  rm -rf "$tmp"
fi
