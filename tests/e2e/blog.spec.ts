import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const kapPath = '/blog/ketamine-assisted-psychotherapy-for-moms';
const kapTitle = 'Ketamine-Assisted Psychotherapy: A Gentle Path of Healing for Moms';

/** Words that copy-paste glued together in the source, as the article must show them. */
const copyPasteFixes: [string, string][] = [
  ['Perryor', 'Perry or'],
  ['overwhelmedand', 'overwhelmed and'],
  ['yourjourney', 'your journey'],
  ['SanJose', 'San Jose'],
  ['deeper,integrative', 'deeper, integrative'],
];

/**
 * Every sentence of the therapist's article: her source text (a copy kept in tests/fixtures/)
 * without its page furniture. The site under test is built from the fixture copy of the post.
 */
function articleSentences(): string[] {
  const source = fs.readFileSync(path.resolve('tests/fixtures/kap-article.txt'), 'utf8');
  const body = source.slice(
    source.indexOf('Share this post') + 'Share this post'.length,
    source.indexOf('Sign up to my newsletter'),
  );
  let text = body;
  for (const [broken, fixed] of copyPasteFixes) text = text.replaceAll(broken, fixed);
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(\d+\.|•)\s*/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.?!…])\s+(?=[A-Z“])/))
    .map(normalize)
    .filter(Boolean);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function articleText(page: Page): Promise<string> {
  return normalize(await page.locator('article').innerText());
}

test.describe('the KAP article', () => {
  test('shows every sentence of the therapist’s text', async ({ page }) => {
    await page.goto(kapPath);
    const text = await articleText(page);
    const sentences = articleSentences();
    expect(sentences.length).toBeGreaterThan(60);
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('has its title, date, reading time, section headings and lists', async ({ page }) => {
    await page.goto(kapPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kapTitle);
    await expect(page.locator('article time').first()).toHaveText('September 23, 2025');
    await expect(page.locator('article')).toContainText(/\d+ min read/);
    await expect(page.locator('article h2')).toContainText([
      'What Is Ketamine-Assisted Psychotherapy?',
      'How KAP Helps Moms',
      'What a KAP Session Looks Like',
      'Is KAP Safe?',
      'Who Might Benefit From KAP?',
    ]);
    const prose = page.locator('article .prose');
    await expect(prose.locator('ol')).toHaveCount(2);
    await expect(prose.locator('ol').first().locator(':scope > li')).toHaveCount(3);
    await expect(prose.locator('ol').nth(1).locator(':scope > li')).toHaveCount(5);
    await expect(prose.locator('ol').first().locator('ul > li')).toHaveCount(4);
  });

  test('leads to a free consultation from its last paragraph and its call to action', async ({
    page,
  }) => {
    await page.goto(kapPath);
    await expect(
      page.locator('article .prose').getByRole('link', { name: 'Book a free consultation' }),
    ).toHaveAttribute('href', '/consultation');
    await page
      .locator('article footer')
      .getByRole('link', { name: 'Book a free consultation' })
      .click();
    await expect(page).toHaveURL(/\/consultation$/);
  });

  test('carries the medical note of KAP posts', async ({ page }) => {
    await page.goto(kapPath);
    await expect(page.getByRole('complementary', { name: 'Medical note' })).toContainText(
      'Ketamine is FDA-approved as an anesthetic; its use for depression, anxiety and PTSD is off-label.',
    );
  });

  test('gives crawlers a canonical link, Open Graph data and BlogPosting JSON-LD', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(kapPath);
    const url = `${baseURL}${kapPath}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', kapTitle);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );

    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    const image = await request.get(ogImage!);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const posting = blocks
      .map((b) => JSON.parse(b))
      .find((data) => data['@type'] === 'BlogPosting');
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      headline: kapTitle,
      datePublished: '2025-09-23T00:00:00.000Z',
      dateModified: '2025-09-23T00:00:00.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      publisher: { '@type': 'Organization' },
    });
    expect(posting.description.length).toBeGreaterThan(50);
    expect(posting.author.name).toBeTruthy();
    expect(posting.image).toMatch(/^http/);
  });

  test('can be shared by e-mail, Facebook, LinkedIn and X without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(kapPath);
    const share = page.getByRole('region', { name: 'Share this post' });
    const url = encodeURIComponent(`${baseURL}${kapPath}`);
    await expect(share.getByRole('link', { name: 'E-mail' })).toHaveAttribute(
      'href',
      new RegExp(`^mailto:\\?subject=.+${url}`),
    );
    await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    );
    await expect(share.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    );
    await expect(share.getByRole('link', { name: /X/ })).toHaveAttribute(
      'href',
      new RegExp(`^https://x\\.com/intent/post\\?text=.+&url=${url}$`),
    );
    await expect(share.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await context.close();
  });

  test('copies its link where JavaScript runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(kapPath);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${kapPath}`);
    await context.close();
  });

  test('reads completely with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(kapPath);
    const text = await articleText(page);
    expect(articleSentences().filter((s) => !text.includes(s))).toEqual([]);
    await context.close();
  });

  test('is typeset for reading on a phone: body text 18px or more, about 65 characters a line', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(kapPath);
    const paragraph = page.locator('article .prose p').first();
    const fontSize = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Counted on the text as laid out (the longest paragraph, so its short last line weighs
    // little), whatever font the reader's system supplies.
    const charsPerLine = await page.locator('article .prose p').evaluateAll((paragraphs) => {
      const longest = paragraphs.reduce((a, b) =>
        b.textContent!.length > a.textContent!.length ? b : a,
      );
      const lineHeight = parseFloat(getComputedStyle(longest).lineHeight);
      const lines = Math.round(longest.getBoundingClientRect().height / lineHeight);
      return longest.textContent!.length / lines;
    });
    expect(charsPerLine).toBeGreaterThan(55);
    expect(charsPerLine).toBeLessThan(80);
    await context.close();
  });
});

test.describe('publishing by adding a file', () => {
  const published = { path: '/blog/fixture-new-post', title: 'Fixture: A Newly Added Post' };
  const hidden = [
    { path: '/blog/fixture-draft-post', title: 'Fixture: A Draft Post' },
    { path: '/blog/fixture-future-post', title: 'Fixture: A Post Scheduled for the Future' },
  ];

  test('lists posts on /blog newest first, with date, reading time, summary and tags', async ({
    page,
  }) => {
    await page.goto('/blog');
    const titles = page.locator('main article h2');
    await expect(titles).toHaveText([kapTitle, published.title]);
    const first = page.locator('main article').first();
    await expect(first).toContainText('September 23, 2025');
    await expect(first).toContainText(/\d+ min read/);
    await expect(first).toContainText('KAP is the process of using the medicine of Ketamine');
    await expect(first.getByRole('link', { name: 'Motherhood' })).toHaveAttribute(
      'href',
      '/blog/tags/motherhood',
    );
  });

  test('a new post file shows on its tag page, in the feed and in the sitemap', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto('/blog/tags/fixture-tag');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged “Fixture Tag”');
    await expect(page.locator('main article h2')).toHaveText([published.title]);

    const feed = await (await request.get('/feed.xml')).text();
    expect(feed).toContain(`<link>${baseURL}${published.path}</link>`);
    expect(feed).toContain(`<link>${baseURL}${kapPath}</link>`);

    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${baseURL}${published.path}</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}${kapPath}</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/blog/tags/fixture-tag</loc>`);
  });

  test('drafts and future-dated posts are nowhere in production, and their URLs are 404', async ({
    page,
    request,
  }) => {
    const pages = ['/', '/blog', '/blog/tags/fixture-tag', '/feed.xml', '/sitemap.xml'];
    for (const url of pages) {
      const body = await (await request.get(url)).text();
      for (const post of hidden) {
        expect(body, `${post.title} on ${url}`).not.toContain(post.title);
        expect(body, `${post.path} on ${url}`).not.toContain(post.path);
      }
    }
    for (const post of hidden) {
      const response = await page.goto(post.path);
      expect(response?.status()).toBe(404);
    }
  });

  test('a new post has its Open Graph image, drawn once and then kept; a hidden post or no post has none', async ({
    request,
  }) => {
    const image = `${published.path}/opengraph-image`;
    const first = await request.get(image);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    // Drawn on the first request (not at build time), then served from what the server kept.
    const again = await request.get(image);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await again.body()).toEqual(await first.body());
    for (const path of [...hidden.map((post) => post.path), '/blog/no-such-post']) {
      expect((await request.get(`${path}/opengraph-image`)).status(), path).toBe(404);
    }
  });

  test('the feed is RSS 2.0 with the posts newest first', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const feed = await response.text();
    expect(feed).toContain('<rss version="2.0"');
    expect(feed.indexOf(kapPath)).toBeLessThan(feed.indexOf(published.path));
  });

  test('robots.txt allows crawling and points at the sitemap', async ({ request, baseURL }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Allow: /');
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});

test.describe('not found', () => {
  for (const url of [
    '/blog/no-such-post',
    '/blog/tags/no-such-tag',
    '/blog/page/99',
    '/no-such-page',
  ]) {
    test(`${url} answers 404 with a way back`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'We couldn’t find that page',
      );
      await expect(
        page.getByRole('main').getByRole('link', { name: 'All blog posts' }),
      ).toHaveAttribute('href', '/blog');
      await expect(page.getByRole('main').getByRole('link', { name: kapTitle })).toBeVisible();
    });
  }
});

test.describe('navigation', () => {
  test('the header leads to every section on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [name, url] of [
      ['Blog', '/blog'],
      ['KAP', '/ketamine-assisted-psychotherapy'],
      ['About', '/about'],
      ['Book a free consultation', '/consultation'],
    ]) {
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${url}$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('links prefetch a page when the reader reaches for them, not as they come into view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const prefetched: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['next-router-prefetch'])
        prefetched.push(new URL(request.url()).pathname);
    });
    await page.goto(kapPath, { waitUntil: 'networkidle' });
    expect(prefetched).toEqual([]);

    const about = page.getByRole('banner').getByRole('link', { name: 'About', exact: true });
    await about.hover();
    await expect.poll(() => prefetched).toContain('/about');
    await about.click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the phone menu opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto('/');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Blog', exact: true })).toBeHidden();
    await banner.getByText('Menu').click();
    await banner.getByRole('link', { name: 'Blog', exact: true }).click();
    await expect(page).toHaveURL(/\/blog$/);
    await context.close();
  });

  test('the footer carries the crisis note on every page kind', async ({ page }) => {
    for (const url of ['/', '/blog', kapPath, '/no-such-page']) {
      await page.goto(url);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText('call 911');
      await expect(footer).toContainText('call 988 or text 988');
      await expect(footer).toContainText('text HOME to 741741');
      await expect(footer).toContainText('1-800-944-4773');
      await expect(footer).toContainText('1-833-852-6262');
    }
  });
});
