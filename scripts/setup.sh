#!/usr/bin/env bash
# Installs what mandat needs on a Debian/Ubuntu machine, skipping what is already there:
# Chromium (prints the PDFs), poppler-utils (the tests read the PDFs with pdftotext),
# Liberation fonts (fallbacks; the letters' own typeface Arimo comes with npm), nginx (the test of the
# deploy recipe deploy/nginx-mandat.conf runs it unprivileged on a localhost port), openssl and git for
# the signing and history tests, python3, make and g++ for the native addon, then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in poppler-utils fonts-liberation2 nginx; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# The tests make a throwaway signing certificate (openssl) and commit to temporary repositories (git).
for tool in openssl git; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# node-gyp builds the native addon native/exchange (the one-step swap of the output folder) with these.
for tool in python3 make g++; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# A Chromium named in MANDAT_CHROMIUM or already on the PATH is enough.
if [ -z "${MANDAT_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! dpkg -s chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "mandat: installera själv: ${missing[*]} (apt-get saknas på den här datorn)" >&2
    exit 1
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "mandat: installerar ${missing[*]} …"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "mandat: installerar npm-paket …"
  npm ci --no-audit --no-fund --loglevel=error
fi

# mandat runs as compiled JavaScript (dist/); compile when a source is newer than the last build.
if [ ! -f dist/cli/main.js ] || [ -n "$(find src tsconfig.json tsconfig.build.json -newer dist/cli/main.js -print -quit)" ]; then
  echo "mandat: kompilerar …"
  node_modules/.bin/tsc -p tsconfig.build.json
  node scripts/bundle.mjs
fi
# The schemas compiled once into standalone validators (a check then never loads ajv).
if [ ! -f dist/schemas.precompiled.cjs ] || [ -n "$(find schemas dist/validate -newer dist/schemas.precompiled.cjs -print -quit)" ]; then
  node scripts/precompile-schemas.mjs
fi

# The native addon that swaps the output folder in one step (renameat2 RENAME_EXCHANGE). Run through
# npm, which hands the script its own node-gyp; a failure is one line, and builds then use two renames.
npm run --silent build:native
