#!/usr/bin/env bash
# `npm start`: builds the web app when dist/web is missing or older than its sources, and the
# server and CLI (compiled JavaScript in dist/) likewise, then runs the server on the demo
# organisation. Extra arguments go to `pathways serve`.
set -euo pipefail
cd "$(dirname "$0")/.."

index=dist/web/index.html
if [ ! -f "$index" ] || [ -n "$(find src/web vite.config.ts -newer "$index" -print -quit)" ]; then
  npm run build:web
fi
compiled=dist/cli/run-pathways.js
if [ ! -f "$compiled" ] || [ -n "$(find src -path src/web -prune -o -newer "$compiled" -print -quit)" ]; then
  npm run build:node
fi
exec node bin/pathways.js serve --demo "$@"
