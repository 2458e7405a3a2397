#!/usr/bin/env bash
# Runs the app on the embedded default: installs what is missing, creates the SQLite database
# (data/section16.db unless DATABASE_PATH says otherwise), loads the bundled sample filings when it is
# empty, builds, and serves on http://localhost:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
node cli/launch.mjs prepare
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib db ingest next.config.js package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  npx next build
fi
exec npx next start -p "${PORT:-3000}"
