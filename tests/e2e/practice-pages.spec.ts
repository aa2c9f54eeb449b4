import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { e2eBaseUrl, e2eDistDir } from '../support/e2e-env';
import { parsePractice } from '@/lib/content/practice-schema';

/** The content the site under test is built from (its web server copies it to .e2e/content). */
const fixtureContentDir = path.resolve('tests/fixtures/content');

/** The settings the site under test was built with: the fixture content's. */
const practice = parsePractice(
  JSON.parse(fs.readFileSync(path.join(fixtureContentDir, 'practice.json'), 'utf8')),
);

interface PageCase {
  path: string;
  h1: string | RegExp;
  /** Text the page must show in its main content. */
  mustShow: (string | RegExp)[];
}

const pages: PageCase[] = [
  {
    path: '/',
    h1: `A gentle path of healing for moms in ${practice.location.city}`,
    mustShow: [
      'Ketamine-Assisted Psychotherapy',
      'EMDR',
      'IFS',
      'What a KAP journey looks like',
      'Doctor’s visit',
      'Preparation',
      'Medicine session',
      'Integration',
      'Relaxation',
      'Latest from the blog',
      'Ketamine-Assisted Psychotherapy: A Gentle Path of Healing for Moms',
    ],
  },
  {
    path: '/ketamine-assisted-psychotherapy',
    h1: `Ketamine-Assisted Psychotherapy for Moms in ${practice.location.city}`,
    mustShow: [
      'What is KAP?',
      'What clients may notice',
      'What a session looks like',
      'Where sessions happen, and who is with you',
      'Is KAP safe?',
      'The doses prescribed for KAP are lower than those used for anesthesia.',
      'Risks and who KAP is not for',
      'Who may benefit',
      'Questions moms ask',
      'I am a therapist and do not prescribe medication. A licensed medical provider screens you',
      'Ketamine is FDA-approved as an anesthetic; its use for depression, anxiety and PTSD is off-label.',
      'education, not medical advice',
    ],
  },
  {
    path: '/about',
    h1: practice.therapist.fullName ? `About ${practice.therapist.fullName}` : 'About the practice',
    mustShow: [
      'Why I work with moms',
      'How I work',
      'I do not prescribe medication',
      'San Jose, California',
    ],
  },
  {
    path: '/fees',
    h1: 'Fees and policies',
    mustShow: [
      'Free consultation',
      'Your right to a Good Faith Estimate',
      'No Surprises Act',
      'If you receive a bill that is at least $400 more than your Good Faith Estimate, you can dispute the bill.',
      '1-800-985-3059',
    ],
  },
  {
    path: '/terms',
    h1: 'Terms and conditions',
    mustShow: [
      'Not medical advice',
      'does not create a therapist–client relationship',
      'Not for emergencies',
      'The newsletter',
    ],
  },
  {
    path: '/privacy',
    h1: 'Privacy policy',
    mustShow: [
      /Effective \w+ \d{1,2}, \d{4}/,
      'The free consultation request',
      'whether you are located in California',
      'The newsletter',
      'double opt-in',
      'Resend',
      'How long it is kept',
      'HIPAA Notice of Privacy Practices',
      'Do Not Track',
      'no cookies',
    ],
  },
  {
    path: '/accessibility',
    h1: 'Accessibility statement',
    mustShow: [
      'Web Content Accessibility Guidelines (WCAG) 2.2 at level AA',
      'How we check.',
      'Tell us about a barrier.',
      'or as a plain-text e-mail',
    ],
  },
];

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

function ofType(blocks: Record<string, unknown>[], type: string) {
  return blocks.filter((block) => block['@type'] === type);
}

for (const { path: pagePath, h1, mustShow } of pages) {
  test.describe(`page ${pagePath}`, () => {
    test('shows its main content, its own title, description and canonical', async ({ page }) => {
      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      const main = page.locator('main');
      for (const text of mustShow) await expect(main).toContainText(text);

      const title = await page.title();
      expect(title.length).toBeGreaterThan(10);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(50);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').toString()).toBe(
        new URL(pagePath, `${e2eBaseUrl}/`).toString(),
      );
    });

    test('ends with the crisis note, the practice’s city, and the privacy and terms links', async ({
      page,
    }) => {
      await page.goto(pagePath);
      const footer = page.locator('footer').last();
      for (const line of ['call 911', 'call 988', 'text 988', 'text HOME to 741741']) {
        await expect(footer.getByRole('link', { name: line, exact: true })).toBeVisible();
      }
      await expect(footer).toContainText(
        'National Maternal Mental Health Hotline: call or text 1-833-852-6262 — free and confidential, 24/7, not a crisis line',
      );
      await expect(footer).toContainText('not for emergencies');
      await expect(footer).toContainText(
        `${practice.location.city}, ${practice.location.stateName}`,
      );
      await expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute(
        'href',
        '/privacy',
      );
      await expect(footer.getByRole('link', { name: 'Terms' })).toHaveAttribute('href', '/terms');

      const { fullName, licenseTitle, licenseNumber } = practice.therapist;
      if (fullName && licenseTitle && licenseNumber) {
        await expect(footer).toContainText(
          `${fullName}, ${licenseTitle}, License #${licenseNumber}`,
        );
      } else {
        // Until the settings hold all three, no half-filled licence line.
        await expect(footer).not.toContainText('License');
      }
    });

    test('has no WCAG 2.2 A or AA violation on a phone and on a wide screen', async ({ page }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(pagePath);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map(
            (v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        // Readable at 320px: nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
      }
    });
  });
}

test('no two pages share a title or a description', async ({ page }) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const { path: pagePath } of pages) {
    await page.goto(pagePath);
    titles.add(await page.title());
    descriptions.add(
      (await page.locator('meta[name="description"]').getAttribute('content')) ?? '',
    );
  }
  expect(titles.size).toBe(pages.length);
  expect(descriptions.size).toBe(pages.length);
});

test('the home and about pages describe the practice as a MedicalBusiness serving San Jose, CA', async ({
  page,
}) => {
  for (const pagePath of ['/', '/about']) {
    await page.goto(pagePath);
    const businesses = ofType(await jsonLd(page), 'MedicalBusiness');
    expect(businesses).toHaveLength(1);
    const business = businesses[0]!;
    expect(business).toMatchObject({
      '@context': 'https://schema.org',
      name: practice.practiceName,
      url: `${e2eBaseUrl}/`,
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'San Jose',
        addressRegion: 'CA',
        addressCountry: 'US',
      },
    });
    expect(business.areaServed).toContainEqual({
      '@type': 'City',
      name: 'San Jose, CA',
      containedInPlace: { '@type': 'State', name: 'California' },
    });
    if (practice.therapist.fullName) {
      expect(business.employee).toMatchObject({
        '@type': 'Person',
        name: practice.therapist.fullName,
        jobTitle: practice.therapist.jobTitle,
      });
    } else {
      // Nothing about the therapist is invented: no Person until her name is set.
      expect(business).not.toHaveProperty('employee');
      expect(JSON.stringify(business)).not.toContain('"Person"');
    }
  }
});

test('the KAP page gives its FAQ as FAQPage data matching what it shows, and its breadcrumb', async ({
  page,
}) => {
  await page.goto('/ketamine-assisted-psychotherapy');
  const blocks = await jsonLd(page);
  const [faq] = ofType(blocks, 'FAQPage');
  const questions = faq!.mainEntity as {
    '@type': string;
    name: string;
    acceptedAnswer: { '@type': string; text: string };
  }[];
  expect(questions.length).toBeGreaterThanOrEqual(4);
  const shownQuestions = await page.locator('main dl dt').allTextContents();
  const shownAnswers = await page.locator('main dl dd').allTextContents();
  expect(questions.map((q) => q.name)).toEqual(shownQuestions);
  expect(questions.map((q) => q.acceptedAnswer.text)).toEqual(shownAnswers);
  for (const q of questions) {
    expect(q['@type']).toBe('Question');
    expect(q.acceptedAnswer['@type']).toBe('Answer');
  }

  const [breadcrumb] = ofType(blocks, 'BreadcrumbList');
  expect(breadcrumb!.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Home', item: `${e2eBaseUrl}/` },
    {
      '@type': 'ListItem',
      position: 2,
      name: 'Ketamine-Assisted Psychotherapy',
      item: `${e2eBaseUrl}/ketamine-assisted-psychotherapy`,
    },
  ]);
});

test('the home page offers the free consultation first and the newsletter sign-up', async ({
  page,
}) => {
  await page.goto('/');
  const main = page.locator('main');
  const firstButton = main.locator('a.button-primary').first();
  await expect(firstButton).toHaveText('Book a free consultation');
  await expect(firstButton).toHaveAttribute('href', '/consultation');
  await expect(main.locator('#newsletter')).toBeVisible();
});

test('the 404 page answers 404 with its own title', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.locator('footer').last()).toContainText('call 911');
});

test('every page is statically generated', () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), e2eDistDir, 'prerender-manifest.json'), 'utf8'),
  ) as {
    routes: Record<string, unknown>;
  };
  for (const { path: pagePath } of pages) expect(Object.keys(manifest.routes)).toContain(pagePath);
});

test('every internal link on every page answers 200', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const toVisit = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(toVisit).toEqual(expect.arrayContaining(pages.map((p) => p.path)));
  const seen = new Set<string>();
  const broken: string[] = [];
  while (toVisit.length > 0) {
    const target = toVisit.shift()!;
    if (seen.has(target)) continue;
    seen.add(target);
    const response = await request.get(target, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${target} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#]*)(?:#[^"]*)?"/g)) {
      if (!href) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `${e2eBaseUrl}${target}`);
      if (url.origin === e2eBaseUrl && !seen.has(url.pathname)) toVisit.push(url.pathname);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(pages.length);
});

test('the therapist’s photo shows on the home and about pages, sized, described and loaded lazily', async ({
  page,
}) => {
  const { photo, photoAlt } = practice.therapist;
  expect(photo).not.toBe(''); // the fixture settings have one
  for (const pagePath of ['/', '/about']) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pagePath);
    const image = page.locator(`main img[src="${photo}"]`);
    await expect(image).toHaveAttribute('alt', photoAlt);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('width', '480');
    await expect(image).toHaveAttribute('height', '600');
    // Below the fold on a phone: the first screen is the words, not the picture.
    const box = await image.boundingBox();
    expect(box!.y).toBeGreaterThan(844);
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(480);
  }
});
