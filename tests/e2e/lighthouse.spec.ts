import { expect, test } from '@playwright/test';
import type { LaunchedChrome } from 'chrome-launcher';
import { e2eBaseUrl } from '../support/e2e-env';
import { landingPages, launchChromeForLighthouse, runLighthouse } from '../../scripts/lib/quality';

// Accessibility, best practices and SEO do not depend on the machine's speed, so they are asserted
// here; performance does, so `npm run audit` reports it instead.
test.describe.configure({ mode: 'serial' });

let chrome: LaunchedChrome;
test.beforeAll(async () => {
  chrome = await launchChromeForLighthouse();
});
test.afterAll(() => chrome?.kill());

for (const path of landingPages) {
  test(`Lighthouse scores ${path} 100 for accessibility, best practices and SEO`, async () => {
    test.setTimeout(120_000);
    const summary = await runLighthouse(e2eBaseUrl + path, chrome.port, {
      categories: ['accessibility', 'best-practices', 'seo'],
    });
    expect(summary.failedAudits).toEqual([]);
    expect(summary.scores).toMatchObject({ accessibility: 100, 'best-practices': 100, seo: 100 });
  });
}
