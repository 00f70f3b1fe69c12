#!/usr/bin/env bash
# `npm test`: every test — lint, types, unit + integration (Vitest), then a production build and the
# end-to-end journeys (Playwright in Debian's Chromium). Uses PostgreSQL when DATABASE_URL is set
# (each run in a fresh database of its own), the embedded PGlite otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

bash scripts/ensure-chromium.sh
echo "== lint"; npm run --silent lint
echo "== typecheck"; npm run --silent typecheck
echo "== unit + integration"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
echo "== build"; npm run --silent build
echo "== end-to-end"
npx playwright test
node scripts/test-summary.mjs
