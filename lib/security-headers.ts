/**
 * The response headers every route carries (applied in next.config.ts `headers()`).
 *
 * The pages are statically generated, so the Content-Security-Policy cannot use per-request nonces
 * (a nonce forces dynamic rendering). What that costs, directive by directive, is in the README
 * ("Security headers").
 */

export interface SecurityHeaderOptions {
  /**
   * The editor's own routes (/keystatic, /api/keystatic) in GitHub mode: it talks to GitHub's API
   * from the browser and shows avatars and image previews. No other route gets these.
   */
  editor?: boolean;
  /** `next dev` needs eval (React's debugging, Turbopack's HMR) and a websocket. */
  dev: boolean;
  /** The public base URL: `upgrade-insecure-requests` only when it is https, so local http keeps working. */
  siteUrl: string;
}

export function contentSecurityPolicy({
  dev,
  siteUrl,
  editor = false,
}: SecurityHeaderOptions): string {
  const github = editor ? ['https://api.github.com', 'https://github.com'] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Next streams the RSC payload as inline <script> tags (self.__next_f.push) without a nonce.
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // next/image and React write style attributes; `next dev` injects <style> tags.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for next/image's blur placeholders.
    'img-src': [
      "'self'",
      'data:',
      ...(editor
        ? ['blob:', 'https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']
        : []),
    ],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...github, ...(dev ? ['ws:', 'wss:'] : [])],
    'manifest-src': ["'self'"],
    'media-src': ["'self'"],
    'worker-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (siteUrl.startsWith('https:')) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** Powerful features no page of this site uses: denied to the page and to anything it could embed. */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
] as const;

export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    // Two years; browsers ignore it over plain http, so local development is unaffected.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    },
    // For browsers that predate CSP's frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
