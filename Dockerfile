# syntax=docker/dockerfile:1
#
# The site as one container, its SQLite database on a volume (README, "Deploying"):
#
#   docker build --build-arg SITE_URL=https://www.example.com -t kap-site .
#   docker run -d -p 3000:3000 -v kap-data:/data --env-file .env.production kap-site
#
# Two stages: `build` has the compilers and every dev dependency; `runtime` gets only the
# standalone server Next.js traced (server.js and the node_modules files it really loads,
# better-sqlite3's native binding included), so the image holds no compiler and no source.

# Node.js 22 LTS: Node 20 reached its end of life in April 2026; 22 gets security fixes until
# April 2027 and is named in package.json's engines (^20.19 || >=22.12). Debian slim
# (glibc) rather than Alpine (musl): better-sqlite3 ships prebuilt glibc bindings, and both
# stages use the same image, so the binding built in one runs in the other.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: install, compile, assemble ------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app

# better-sqlite3 downloads a prebuilt binding; where none matches (another CPU or libc),
# node-gyp compiles it from source and needs these. They stay in this stage. Their versions
# are the Debian release's (pinned by the image tag): exact pins break when security updates land.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*

# The npm the project uses (package-lock.json): npm 11 runs an install script only for the
# packages package.json's `allowScripts` names (better-sqlite3), as on a developer's machine and in CI.
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}"

ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, in their own layer: rebuilt only when the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci

COPY . .
# The public address goes into the prebuilt pages (canonical links, feed, sitemap, the
# Content-Security-Policy's upgrade-insecure-requests), so it is needed now, not only at run time.
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=${SITE_URL}
# NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, when given as a build secret, keeps the forms' action IDs
# the same across builds (several servers built separately, or pages cached before a deploy):
#   docker build --secret id=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY …
# A secret mount, not a build argument, so it stays out of the image's history.
RUN --mount=type=secret,id=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    npm run build \
    && sh scripts/assemble-standalone.sh .next

# ---- runtime: the standalone server, as a non-root user -------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app

ARG SITE_URL=http://localhost:3000
# HOSTNAME=0.0.0.0: server.js listens on every interface, not only inside the container.
# DATA_DIR is absolute: server.js changes into /app, and the database belongs on the volume.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    SITE_URL=${SITE_URL} \
    DATA_DIR=/data

# server.js, the traced node_modules, and (by scripts/assemble-standalone.sh) the static files
# and public/ beside them.
COPY --from=build /app/.next/standalone ./

# The `node` user (uid 1000) comes with the image. The application files stay root's, read-only
# to the server; it owns only /data (a new named volume takes this folder's owner),
# .next/cache, where Next.js would keep optimised images, and .next/server/route-cache, where it
# keeps each post's Open Graph image once drawn (app/blog/[slug]/opengraph-image.tsx).
RUN mkdir -p /data .next/cache .next/server/route-cache \
    && chown node:node /data .next/cache \
    && chown -R node:node .next/server/route-cache

USER node
VOLUME /data
EXPOSE 3000

# The slim image has no curl: Node's fetch asks /api/health, 200 while the database answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Next.js's server handles SIGTERM itself (finishes open requests and their after() work), so
# `docker stop` is graceful without an init process. A DATA_DIR it cannot write stops it at
# start with one line saying so (lib/server-start.ts).
CMD ["node", "server.js"]
