#!/usr/bin/env bash
# Installs what the app and its tests need, only when it is missing or stale, so that
# `npm start` and `npm test` work as the first commands on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# better-sqlite3 compiles from source; node-gyp needs Node's headers, which Debian's node keeps in /usr.
if [ -z "${npm_config_nodedir:-}" ] && ! grep -qs '^nodedir' ~/.npmrc && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci; better-sqlite3 compiles, about two minutes)..."
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
