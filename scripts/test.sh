#!/usr/bin/env bash
# `npm test`: install dependencies when missing, then lint, typecheck and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run check
