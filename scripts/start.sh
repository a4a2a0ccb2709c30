#!/usr/bin/env bash
# `npm start`: builds the web app when dist/web is missing or older than its sources, then runs
# the server on the demo organisation. Extra arguments go to `pathways serve`.
set -euo pipefail
cd "$(dirname "$0")/.."

index=dist/web/index.html
if [ ! -f "$index" ] || [ -n "$(find src/web vite.config.ts -newer "$index" -print -quit)" ]; then
  npm run build
fi
exec node bin/pathways.js serve --demo "$@"
