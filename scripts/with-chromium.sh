#!/usr/bin/env bash
# Runs a command with CHROMIUM_PATH pointing at a Chromium binary for the browser journeys.
# Uses CHROMIUM_PATH when set, else /usr/bin/chromium; installs Debian's chromium with apt-get
# when missing and running as root on Debian; otherwise says what to do and exits 1.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-chromium.sh COMMAND [ARGS...]" >&2
  exit 2
fi

find_chromium() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! chromium_path="$(find_chromium)"; then
  if [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found; installing Debian's chromium package with apt-get..." >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -qq chromium >/dev/null 2>&1; then
      apt-get update -qq >/dev/null 2>&1
      apt-get install -y -qq chromium >/dev/null
    fi
    chromium_path="$(find_chromium)"
  else
    echo "Chromium is needed for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary." >&2
    exit 1
  fi
fi

export CHROMIUM_PATH="$chromium_path"
exec "$@"
