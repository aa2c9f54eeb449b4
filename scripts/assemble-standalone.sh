#!/bin/sh
# Completes the standalone server that `next build` writes to <distDir>/standalone: it leaves out
# the static files (<distDir>/static: scripts, CSS, fonts) and public/, expecting a CDN to serve
# them; this site serves them itself. One list of copies for the Dockerfile and for
# tests/e2e/standalone.spec.ts, which runs what the image runs.
#
#   sh scripts/assemble-standalone.sh [distDir]    (default: $NEXT_DIST_DIR or .next)
#
# Then `node <distDir>/standalone/server.js` serves the site (PORT, HOSTNAME, and an absolute
# DATA_DIR: server.js changes into its own folder, so a relative one would land inside the build).
set -eu
cd "$(dirname "$0")/.."
dist="${1:-${NEXT_DIST_DIR:-.next}}"
standalone="$dist/standalone"
if [ ! -f "$standalone/server.js" ]; then
  echo "assemble-standalone: $standalone/server.js is missing; run the build first (npm run build)" >&2
  exit 1
fi
rm -rf "$standalone/$dist/static" "$standalone/public"
cp -R "$dist/static" "$standalone/$dist/static"
# public/ is optional: copied when the project has one.
if [ -d public ]; then
  cp -R public "$standalone/public"
fi
echo "assemble-standalone: $standalone is ready: node $standalone/server.js"
