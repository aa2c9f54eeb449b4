import { expect, test, type Page } from '@playwright/test';

const kapPost = '/blog/ketamine-assisted-psychotherapy-for-moms';

/** One route of every kind the site serves, and a form POST the proxy turns away. */
const routes: {
  kind: string;
  path: string;
  status: number;
  post?: { headers: Record<string, string>; data: string };
}[] = [
  { kind: 'page', path: '/', status: 200 },
  { kind: 'post', path: kapPost, status: 200 },
  { kind: 'feed', path: '/feed.xml', status: 200 },
  { kind: 'sitemap', path: '/sitemap.xml', status: 200 },
  { kind: 'robots', path: '/robots.txt', status: 200 },
  { kind: 'OG image', path: `${kapPost}/opengraph-image`, status: 200 },
  { kind: '404', path: '/no-such-page', status: 404 },
  // Rendered for each visit while booking is on (the fixture settings offer times).
  { kind: 'consultation page with times to book', path: '/consultation', status: 200 },
  { kind: 'booking link that does not work', path: '/consultation/booking?token=x', status: 404 },
  { kind: 'health check', path: '/api/health', status: 200 },
  // The test server has no CRON_SECRET: the route answers 404 (tests/e2e/cron-and-health.spec.ts).
  { kind: 'cron route', path: '/api/cron', status: 404 },
  {
    kind: 'refused form post',
    path: '/consultation',
    status: 403,
    post: {
      headers: {
        origin: 'https://elsewhere.example',
        'content-type': 'multipart/form-data; boundary=x',
      },
      data: '--x--\r\n',
    },
  },
];

function cspDirectives(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

for (const { kind, path, status, post } of routes) {
  test(`the ${kind} (${path}) carries the security headers`, async ({ request }) => {
    const response = post ? await request.post(path, post) : await request.get(path);
    expect(response.status()).toBe(status);
    const headers = response.headers();

    const csp = cspDirectives(headers['content-security-policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]); // no 'unsafe-eval' in production
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // The test server runs on http: upgrading would break it.
    expect(csp.has('upgrade-insecure-requests')).toBe(false);

    expect(headers['strict-transport-security']).toMatch(/^max-age=(\d+)/);
    expect(
      Number(/max-age=(\d+)/.exec(headers['strict-transport-security']!)![1]),
    ).toBeGreaterThanOrEqual(31536000);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const permissions = headers['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('statically generated pages can be cached by a CDN', async ({ request }) => {
  for (const path of ['/', '/blog', kapPost]) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/s-maxage=\d{4,}/);
    expect(cacheControl, path).not.toMatch(/private|no-store/);
  }
});

/** Collects what the browser reports as CSP violations, from the DOM event and the console. */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

for (const path of ['/', kapPost, '/no-such-page', `${kapPost}/opengraph-image`]) {
  test(`${path} loads and hydrates without a CSP violation`, async ({ page }) => {
    const violations = await watchCspViolations(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(violations).toEqual([]);
  });
}

test('the policy is enforced: a script and an image from another site are blocked and reported', async ({
  page,
}) => {
  const violations = await watchCspViolations(page);
  const blocked: string[] = [];
  page.on('requestfailed', (request) => {
    if (request.url().includes('third-party.invalid'))
      blocked.push(request.failure()?.errorText ?? '');
  });
  await page.goto(kapPost, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = 'https://third-party.invalid/tracker.js';
    const img = document.createElement('img');
    img.src = 'https://third-party.invalid/pixel.png';
    document.body.append(script, img);
  });
  await expect.poll(() => violations.join('\n')).toContain('script-src');
  await expect.poll(() => violations.join('\n')).toContain('img-src');
  // Blocked by the policy before any DNS lookup, not merely unreachable.
  await expect.poll(() => blocked).toEqual(['csp', 'csp']);
});

test('the editor is absent from a production build without GitHub mode, and its policy stays on its routes', async ({
  request,
}) => {
  for (const path of ['/keystatic', '/keystatic/collection/posts', '/api/keystatic/tree']) {
    const response = await request.get(path, { headers: { 'no-cors': '1' } });
    expect(response.status(), path).toBe(404);
    expect(
      cspDirectives(response.headers()['content-security-policy'] ?? '').get('connect-src'),
    ).toContain('https://api.github.com');
  }
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).not.toContain('github');
});
