import { env } from './env';

/** The public base URL, from SITE_URL (default http://localhost:3000), without a trailing slash. */
export const siteUrl = env().SITE_URL;

/** An absolute URL on this site for a path such as `/blog/kap`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}
