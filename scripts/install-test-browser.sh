#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (or the one CHROMIUM_PATH names): install it when missing.
# The database tests also need PostgreSQL: scripts/install-test-postgres.sh installs it first, so the
# README's one test command sets up everything.
set -euo pipefail
bash "$(dirname "$0")/install-test-postgres.sh"
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
  exit 1
fi
echo "Installing Debian's Chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
