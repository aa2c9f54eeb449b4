import { z } from 'zod';

const siteUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'SITE_URL must be an absolute http(s) URL, e.g. https://example.com',
  })
  .default('http://localhost:3000');

/** The public base URL, from SITE_URL (default http://localhost:3000), without a trailing slash. */
export const siteUrl = siteUrlSchema.parse(process.env.SITE_URL || undefined).replace(/\/+$/, '');

/** An absolute URL on this site for a path such as `/blog/kap`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
