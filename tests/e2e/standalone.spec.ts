/**
 * What the container image runs, without Docker: the end-to-end build's standalone server,
 * completed by scripts/assemble-standalone.sh exactly as the Dockerfile completes it, copied out
 * of the project (as the image's /app holds nothing else, so no file can be found in the
 * project's node_modules by accident), then `node server.js` with only the
 * variables a container gets and a fresh DATA_DIR.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { consultationFormShape, postConsultation } from '../../scripts/lib/consultation-load';
import { captureOutput, startServer, stopServer } from '../../scripts/lib/server';
import { e2eDistDir, e2ePorts, e2eServerEnv } from '../support/e2e-env';
import { emailsAbout, leadsWithEmail, outboxOfLead, uniqueEmail } from '../support/leads';

const port = e2ePorts.standalone;
const baseUrl = `http://127.0.0.1:${port}`;
const root = path.join(os.tmpdir(), `kap-standalone-${port}`);
const appDir = path.join(root, 'app');
const dataDir = path.join(root, 'data');
const kapPost = '/blog/ketamine-assisted-psychotherapy-for-moms';

let server: ChildProcess | undefined;
let output: () => string = () => '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('sh', ['scripts/assemble-standalone.sh', e2eDistDir], { stdio: 'pipe' });
  fs.rmSync(root, { recursive: true, force: true });
  // The Dockerfile's `COPY --from=build /app/.next/standalone ./`; symbolic links stay as they are.
  fs.cpSync(path.join(e2eDistDir, 'standalone'), appDir, {
    recursive: true,
    verbatimSymlinks: true,
  });
  // What the image sets (NODE_ENV, PORT, HOSTNAME, DATA_DIR) and the site's own configuration;
  // nothing else (the build-time NEXT_DIST_DIR and CONTENT_DIR are not needed by server.js).
  const siteVars = Object.fromEntries(
    Object.entries(e2eServerEnv).filter(
      ([name]) => !['NEXT_DIST_DIR', 'CONTENT_DIR'].includes(name),
    ),
  );
  server = await startServer(process.execPath, ['server.js'], `${baseUrl}/api/health`, {
    cwd: appDir,
    env: {
      ...siteVars,
      NODE_ENV: 'production',
      SITE_URL: baseUrl,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATA_DIR: dataDir,
    },
    stdio: 'pipe',
    timeoutMs: 60_000,
  });
  output = captureOutput(server);
});

test.afterAll(async () => {
  await stopServer(server);
  fs.rmSync(root, { recursive: true, force: true });
});

test('serves the home page with its stylesheet, and nothing it asks for is missing', async ({
  page,
}) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(baseUrl) && response.status() >= 400)
      failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const stylesheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const href of stylesheets) {
    const css = await fetch(href);
    expect(css.status, href).toBe(200);
    expect(css.headers.get('content-type'), href).toContain('text/css');
    const text = await css.text();
    // The site's whole design, not an empty file: Tailwind's utilities, the typography plugin.
    expect(text.length, href).toBeGreaterThan(10_000);
    for (const [, font] of text.matchAll(/url\(([^)]+\.woff2)\)/g)) {
      const response = await fetch(new URL(font!, href));
      expect(response.status, font).toBe(200);
      expect(response.headers.get('content-type'), font).toBe('font/woff2');
    }
  }
  // The styles apply: the body takes the site's system font stack, not the browser's default serif.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
    /system-ui|sans-serif/,
  );
  expect(failures).toEqual([]);
});

test('serves the KAP post, the feed, the Open Graph image, public/ and the health check', async ({
  page,
}) => {
  await page.goto(`${baseUrl}${kapPost}`);
  await expect(
    page.getByRole('heading', { level: 1, name: /Ketamine-Assisted Psychotherapy/ }),
  ).toBeVisible();
  await expect(page.getByText('education, not medical advice').first()).toBeVisible();

  for (const [route, type] of [
    ['/feed.xml', 'xml'],
    [`${kapPost}/opengraph-image`, 'image/png'],
    ['/no-such-page', 'text/html'],
  ] as const) {
    const response = await fetch(`${baseUrl}${route}`);
    expect(response.status, route).toBe(route === '/no-such-page' ? 404 : 200);
    expect(response.headers.get('content-type'), route).toContain(type);
  }

  // Whatever public/ holds is served from beside server.js (the folder is optional).
  const publicDir = path.resolve('public');
  const publicFiles = fs.existsSync(publicDir)
    ? fs
        .readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)))
    : [];
  for (const file of publicFiles) {
    const response = await fetch(
      `${baseUrl}/${file.split(path.sep).map(encodeURIComponent).join('/')}`,
    );
    expect(response.status, file).toBe(200);
  }

  const health = await fetch(`${baseUrl}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ok: true });
});

test('takes a consultation request: stored in DATA_DIR, confirmed, both e-mails sent', async () => {
  const email = uniqueEmail('standalone');
  const result = await postConsultation(
    baseUrl,
    await consultationFormShape(baseUrl),
    80_000,
    email,
  );
  expect(result.ok, `the confirmation page (status ${result.status})`).toBe(true);

  const leads = await leadsWithEmail(email, dataDir);
  expect(leads).toHaveLength(1);
  await expect
    .poll(async () => (await outboxOfLead(leads[0]!.id, dataDir)).map((row) => row.status))
    .toEqual(['sent', 'sent']);
  const emails = await emailsAbout(email);
  expect(emails).toHaveLength(2);
  expect(emails.filter((e) => e.to.includes(email))).toHaveLength(1);
  expect(output()).not.toMatch(/error/i);
});
