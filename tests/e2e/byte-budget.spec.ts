import type { ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { bareNextApp } from '../../scripts/lib/bare-next-app';
import { startNext, stopServer } from '../../scripts/lib/server';
import { e2eBaseUrl, e2ePorts } from '../support/e2e-env';

const kapPost = '/blog/ketamine-assisted-psychotherapy-for-moms';
const kB = 1000;

interface PageWeight {
  /**
   * gzip bytes per resource type, from what the browser fetched for the page itself until the
   * network went idle. Link prefetches (other pages' payloads and their chunks, fetched when the
   * browser is idle) are turned away: they depend on timing and belong to the pages they prefetch.
   */
  gzip: Record<'document' | 'script' | 'stylesheet' | 'font', number>;
  fonts: string[];
  foreignRequests: string[];
}

async function weigh(page: Page, url: string): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const weight: PageWeight = {
    gzip: { document: 0, script: 0, stylesheet: 0, font: 0 },
    fonts: [],
    foreignRequests: [],
  };
  const pending: Promise<void>[] = [];
  await page.route('**/*', (route) =>
    route.request().headers()['next-router-prefetch'] ? route.abort() : route.fallback(),
  );
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) {
      weight.foreignRequests.push(request.url());
    }
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!(type in weight.gzip)) return;
    pending.push(
      response.body().then((body) => {
        // Fonts are already compressed (woff2): count their bytes as they are.
        weight.gzip[type as keyof PageWeight['gzip']] +=
          type === 'font' ? body.length : gzipSync(body).length;
        if (type === 'font') weight.fonts.push(response.url());
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return weight;
}

test.describe('byte budget of the production build', () => {
  test.describe.configure({ mode: 'serial' });
  let bareServer: ChildProcess | undefined;
  let bareScriptBytes = 0;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    const barePort = e2ePorts.bareNext;
    bareServer = await startNext(bareNextApp(), barePort);
    const page = await browser.newPage();
    const bare = await weigh(page, `http://127.0.0.1:${barePort}/`);
    await page.close();
    bareScriptBytes = bare.gzip.script;
    // Sanity: a Next.js page without client components still ships React and the router.
    expect(bareScriptBytes).toBeGreaterThan(50 * kB);
  });
  test.afterAll(() => stopServer(bareServer));

  for (const path of ['/', kapPost]) {
    test(`${path} loads at most 10 kB more JavaScript (gzip) than a bare Next.js page`, async ({
      page,
    }) => {
      const weight = await weigh(page, e2eBaseUrl + path);
      test.info().annotations.push({
        type: 'bytes',
        description: `JavaScript ${weight.gzip.script} B gzip, bare Next.js page ${bareScriptBytes} B`,
      });
      expect(weight.gzip.script - bareScriptBytes).toBeLessThanOrEqual(10 * kB);
    });
  }

  test('the KAP post stays light: HTML ≤ 15 kB, CSS ≤ 20 kB gzip, no web font, nothing from another site', async ({
    page,
  }) => {
    const weight = await weigh(page, e2eBaseUrl + kapPost);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify(weight.gzip) });
    expect(weight.gzip.document).toBeGreaterThan(2 * kB); // the article itself is there
    // Measured with the fixture's complete settings: the footer of every page carries the licence
    // line, e-mail and phone. With the same settings the post weighed 12.3 kB before the pages' words
    // moved to content/ and 12.0 kB after; the 12 kB budget was set on empty settings (11.8 kB).
    // Issue 11 put the crisis note in two groups with call and text links, a longer medical note
    // linking to the risks, and the privacy link beside the sign-up on every post: 14.9 kB (half of
    // it the RSC payload, which carries the same words again).
    expect(weight.gzip.document).toBeLessThanOrEqual(15 * kB);
    expect(weight.gzip.stylesheet).toBeGreaterThan(0);
    expect(weight.gzip.stylesheet).toBeLessThanOrEqual(20 * kB);
    // System fonts: a web font would sit in the bytes before the largest paint (app/globals.css).
    expect(weight.fonts).toEqual([]);
    expect(weight.foreignRequests).toEqual([]);
  });

  test('/consultation with 24 times to book: HTML ≤ 11 kB gzip, JavaScript ≤ 12 kB over a bare page, nothing from another site', async ({
    page,
  }) => {
    const weight = await weigh(page, `${e2eBaseUrl}/consultation`);
    test.info().annotations.push({
      type: 'bytes',
      description: `${JSON.stringify(weight.gzip)}, bare Next.js page's JavaScript ${bareScriptBytes} B`,
    });
    // The times are in the HTML (they work without JavaScript) and again in the page's data.
    expect(await page.locator('input[name="slot"]').count()).toBe(25);
    // Measured on 2026-11-26: HTML 9.0 kB gzip, JavaScript 8.4 kB over the bare page (the form's).
    expect(weight.gzip.document).toBeLessThanOrEqual(11 * kB);
    expect(weight.gzip.script - bareScriptBytes).toBeLessThanOrEqual(12 * kB);
    expect(weight.foreignRequests).toEqual([]);
  });

  test('the home page requests nothing from another site', async ({ page }) => {
    expect((await weigh(page, `${e2eBaseUrl}/`)).foreignRequests).toEqual([]);
  });
});
