import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { e2eBaseUrl } from '../support/e2e-env';
import { axeTags, sitemapPaths } from '../../scripts/lib/quality';

test('axe (WCAG 2.2 A and AA) finds no violation on any page of the sitemap or the 404 page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const pages = [...(await sitemapPaths(e2eBaseUrl)), '/no-such-page'];
  expect(pages.length).toBeGreaterThan(8);

  const violations: Record<string, string[]> = {};
  for (const path of pages) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.passes.length, `axe ran no rule on ${path}`).toBeGreaterThan(10);
    if (results.violations.length) {
      violations[path] = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    }
  }
  expect(violations).toEqual({});
});
