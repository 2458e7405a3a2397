#!/usr/bin/env bash
# Every test: types, unit/parser/store tests (vitest), then the pages in Chromium (Playwright).
# Corpus tests read ../shared/corpus and skip, saying so, when it is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser || exit 1
mkdir -p .cache
rm -f .cache/vitest.json .cache/playwright.json

status=0
echo "== Type check"
npx tsc --noEmit || status=1

echo "== Unit, parser and store tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest.json || status=1

echo "== Pages in Chromium (Playwright)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.cache/playwright.json npx playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs .cache/vitest.json .cache/playwright.json || status=1
exit $status
