import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';
import { siteUrl } from './lib/site';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets the end-to-end tests build into their own folder without touching `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    serverActions: { bodySizeLimit: '64kb' },
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

export default nextConfig;
