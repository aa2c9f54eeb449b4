#!/usr/bin/env bash
# The tests run every database test on PostgreSQL too, on a throw-away server they start themselves
# (scripts/lib/postgres-cluster.ts): install Debian's PostgreSQL when its binaries are missing.
set -euo pipefail
if [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "PostgreSQL is missing: run 'sudo apt-get install postgresql', or set PG_BIN to a folder with initdb and pg_ctl." >&2
  exit 1
fi
echo "Installing Debian's PostgreSQL for the database tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
