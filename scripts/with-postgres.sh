#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL server.
# Uses TEST_DATABASE_URL as is when already set; otherwise starts a temporary cluster on
# 127.0.0.1 (installing PostgreSQL with apt-get when missing and running as root on Debian)
# and always stops and removes it when the command ends.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  exec "$@"
fi

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

if ! pg_bin=$(find_pg_bin); then
  if is_root && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL not found: installing it with apt-get for the test run..." >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -qq postgresql >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      apt-get install -y -qq postgresql >/dev/null
    fi
    pg_bin=$(find_pg_bin)
  else
    echo "The tests need PostgreSQL: install it (Debian/Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql) or set TEST_DATABASE_URL to a server where you may create databases." >&2
    exit 1
  fi
fi

# As root, PostgreSQL refuses to run: the cluster belongs to the postgres user.
as_owner() {
  if is_root; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

if is_root && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi

if is_root; then
  # The postgres user must reach the directory, which a private TMPDIR may not allow.
  cluster_dir=$(mktemp -d /tmp/pathways-pg.XXXXXX)
  chown postgres "$cluster_dir"
else
  cluster_dir=$(mktemp -d "${TMPDIR:-/tmp}/pathways-pg.XXXXXX")
fi

stop_cluster() {
  as_owner "$pg_bin/pg_ctl" -D "$cluster_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster_dir"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port=$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')

as_owner "$pg_bin/initdb" -D "$cluster_dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
# fsync off: the cluster is thrown away after the run, so durability only costs time.
if ! as_owner "$pg_bin/pg_ctl" -D "$cluster_dir/data" -l "$cluster_dir/server.log" -w -s \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster_dir -c fsync=off -c full_page_writes=off -c max_connections=200" \
  start; then
  echo "PostgreSQL did not start; its log follows." >&2
  cat "$cluster_dir/server.log" >&2
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "Testing against PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit "$status"
