#!/usr/bin/env bash
# `npm test`: install dependencies when missing, then lint, typecheck and run every test, with a
# throwaway PostgreSQL server (scripts/with-postgres.sh) unless TEST_DATABASE_URL is set, after
# compiling the server and CLI (`npm run build:node`); then the
# browser journeys on Chromium (scripts/with-chromium.sh, through `npm run test:e2e`).
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm install` (not `npm ci`): npm 11 leaves other platforms' optional packages out of the lock
# file and `npm ci` then refuses it; `npm install` keeps the locked versions all the same.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
# The compiled server and CLI (dist/), so the tests that start `pathways` run what is published.
npm run build:node
bash scripts/with-postgres.sh npm run check
npm run test:e2e
