import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { e2eBaseUrl } from '../support/e2e-env';
import { actAsNewClient, leadsWithEmail, uniqueEmail } from '../support/leads';
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

/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
async function tabTo(page: Page, matches: (el: FocusedElement) => boolean, limit = 250) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused && matches(focused)) return focused;
  }
  throw new Error('never reached by the Tab key');
}

interface FocusedElement {
  tag: string;
  type: string;
  name: string;
  text: string;
}

const focusedElement = (page: Page) =>
  page.evaluate((): FocusedElement | null => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name: el.name ?? '',
      text: el.textContent?.trim() ?? '',
    };
  });

test('the consultation and newsletter forms can be filled in and sent with the keyboard alone', async ({
  page,
}) => {
  await actAsNewClient(page);
  const email = uniqueEmail('keyboard');
  await page.goto('/consultation');
  await tabTo(page, (el) => el.name === 'name');
  await page.keyboard.type('Kay Board');
  // Onwards with Tab: type where a text is asked, take the first choice of each group with Space.
  for (let i = 0; i < 40; i += 1) {
    const el = await focusedElement(page);
    if (el?.name === 'email') await page.keyboard.type(email);
    if (el?.type === 'radio' || el?.name === 'consent') await page.keyboard.press('Space');
    if (el?.tag === 'button' && el.type === 'submit') {
      await page.keyboard.press('Enter');
      break;
    }
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('heading', { name: /Your request was received/ })).toBeFocused();
  expect(await leadsWithEmail(email)).toHaveLength(1);

  await page.goto('/');
  await tabTo(page, (el) => el.type === 'email');
  await page.keyboard.type(uniqueEmail('keyboard-reader'));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Almost done: check your inbox.' }),
  ).toBeFocused();
});
