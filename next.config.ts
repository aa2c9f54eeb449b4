import os from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { securityHeaders } from './lib/security-headers';
import { siteUrl } from './lib/site';

export default function nextConfig(phase: string): NextConfig {
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    // Lets the end-to-end tests build into their own folder without touching `.next`.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // Every build also writes `<distDir>/standalone`: server.js with only the files it needs, what
    // the Dockerfile ships (scripts/assemble-standalone.sh adds the static files). `next start`
    // serves the same build from `<distDir>` as before; set only while building, since `next start`
    // would otherwise warn that it "does not work" with standalone output, which is not so here
    // (the end-to-end tests run on `next start`, tests/e2e/standalone.spec.ts on server.js).
    output: phase === PHASE_PRODUCTION_BUILD ? 'standalone' : undefined,
    experimental: {
      serverActions: { bodySizeLimit: '64kb' },
      // Prerendering runs in workers while the main build process waits; Next.js starts one worker
      // fewer than there are cores, which on two cores renders every page on one of them. Each
      // post is a page, so this is the part of the build that grows with the posts.
      cpus: os.availableParallelism(),
    },
    async headers() {
      const dev = process.env.NODE_ENV === 'development';
      // The editor's routes come last: for the same header, the last matching rule wins.
      const editor = securityHeaders({ dev, siteUrl, editor: true });
      return [
        { source: '/:path*', headers: securityHeaders({ dev, siteUrl }) },
        { source: '/keystatic/:path*', headers: editor },
        { source: '/keystatic', headers: editor },
        { source: '/api/keystatic/:path*', headers: editor },
      ];
    },
  };
}
