#!/usr/bin/env bash
# `npm test`: install dependencies when missing, then lint, typecheck and run every test, with a
# throwaway PostgreSQL server (scripts/with-postgres.sh) unless TEST_DATABASE_URL is set; then the
# browser journeys on Chromium (scripts/with-chromium.sh, through `npm run test:e2e`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/with-postgres.sh npm run check
npm run test:e2e
