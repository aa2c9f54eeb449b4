/**
 * No prose sentence of the home, KAP, about, fees, privacy, terms or accessibility page lives
 * outside content/.
 *
 * Against the built site (the fixture content), every sentence a reader sees on those pages,
 * header and footer included, must be found in the content files the site was built from: the
 * pages' MDX bodies and front matter, content/site.json, content/practice.json and the posts. The
 * settings fill placeholders in, so their values count as filled in on both sides; numbers match
 * any number; fragments under four words (labels, buttons, dates, "6 min read") are not prose.
 * A sentence typed into a component, a lib/ constant or a page file fails here, naming it.
 *
 * Why a rendered check rather than a lint rule on JSX text: it sees every source of words at once
 * (JSX text, string constants in lib/, props, template strings) and judges what the reader sees,
 * which is what the rule is about; a lint rule would miss prose in string constants and flag
 * harmless code.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { expect, test } from '@playwright/test';
import { settingValues, stringsIn } from '@/lib/content/placeholders';
import { parsePractice } from '@/lib/content/practice-schema';

/** The content the site under test is built from (its web server copies it to .e2e/content). */
const fixtureContentDir = path.resolve('tests/fixtures/content');

const pages = [
  '/',
  '/ketamine-assisted-psychotherapy',
  '/about',
  '/fees',
  '/privacy',
  '/terms',
  '/accessibility',
];
const practice = parsePractice(
  JSON.parse(fs.readFileSync(path.join(fixtureContentDir, 'practice.json'), 'utf8')),
);
const settings = Object.values(settingValues(practice)).concat(
  stringsIn(practice).map(({ text }) => text),
);
/** Longest first, so "San Jose, California" is taken before "San Jose". */
const settingTexts = [...new Set(settings)]
  .filter((text) => text.trim().length >= 3)
  .sort((a, b) => b.length - a.length);

const SETTING = ' § ';

/** Lower-case words, apostrophes dropped, every number as #. */
function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’'`]/g, '')
      .replace(/\d+/g, ' # ')
      .match(/[a-z#§]+/g) ?? []
  );
}

function formatDay(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** A link's words without its address: `[call 988](tel:988)` reads "call 988". */
const linkWords = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/** The text of a content file, as segments: each string of its data, and its body without markup. */
function segmentsOf(file: string): string[] {
  const raw = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return stringsIn(JSON.parse(raw)).map(({ text }) => linkWords(text));
  const { data, content } = matter(raw);
  const effective = data.effectiveDate ? formatDay(new Date(data.effectiveDate).toISOString()) : '';
  const attributes = [...content.matchAll(/="([^"]*)"/g)].map((match) => match[1]!);
  const body = filled(withConditionsResolved(content))
    .replace(/<EffectiveDate\s*\/>/g, effective)
    .replace(/<RetentionDays[^>]*\/>/g, '0')
    .replace(/<\/?[A-Z][^>]*>/g, '');
  return [...stringsIn(data).map(({ text }) => text), ...attributes, linkWords(body)];
}

/**
 * The body as the fixture settings show it: `<IfSet setting="Email">…</IfSet>` kept only when the
 * setting has a value, `<IfEmpty …>…</IfEmpty>` only when it has none (a sentence reads one or the other).
 */
function withConditionsResolved(text: string): string {
  const values = settingValues(practice) as Record<string, string>;
  return text.replace(
    /<(IfSet|IfEmpty) setting="(\w+)">([\s\S]*?)<\/\1>/g,
    (_, tag: string, setting: string, inner: string) =>
      Boolean(values[setting]) === (tag === 'IfSet') ? inner : '',
  );
}

function filled(text: string): string {
  const values = settingValues(practice) as Record<string, string>;
  return text.replace(/<([A-Z][A-Za-z]*)\s*\/>/g, (_, name: string) => values[name] ?? '');
}

function withSettingsMarked(text: string): string {
  let result = text;
  for (const value of settingTexts) result = result.split(value).join(SETTING);
  return result;
}

const segments = fs
  .readdirSync(fixtureContentDir, { recursive: true })
  .map(String)
  .filter((file) => /\.(mdx|json)$/.test(file))
  .flatMap((file) => segmentsOf(path.join(fixtureContentDir, file)))
  .map(filled);
/** The content's words as written, and with the settings' values marked (they move between texts). */
const corpus = segments.map((segment) => ` ${tokens(segment).join(' ')} `);
const markedCorpus = segments.map(
  (segment) => ` ${tokens(withSettingsMarked(segment)).join(' ')} `,
);

/** The fragments of a page's text that are prose: four words or more, settings aside. */
function proseFragments(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/[.!?:;·—](?:\s|$)/))
    .map((fragment) => fragment.trim())
    .filter(
      (fragment) =>
        tokens(withSettingsMarked(fragment)).filter((t) => /[a-z]/.test(t) && t !== '§').length >=
        4,
    );
}

function inContent(fragment: string): boolean {
  const words = ` ${tokens(fragment).join(' ')} `;
  const marked = ` ${tokens(withSettingsMarked(fragment)).join(' ')} `;
  return (
    corpus.some((segment) => segment.includes(words)) ||
    markedCorpus.some((segment) => segment.includes(marked))
  );
}

test('the check itself finds words that are not in the content', () => {
  expect(inContent('Ketamine has been used for decades in medical settings')).toBe(true);
  expect(inContent('This sentence lives in a component and nowhere else')).toBe(false);
});

for (const pagePath of pages) {
  test(`every sentence of ${pagePath} comes from content/`, async ({ page }) => {
    await page.goto(pagePath);
    // What a reader sees: the honeypot field hidden from people (aria-hidden) is for bots.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[aria-hidden="true"], script, style').forEach((node) => node.remove());
      document.body.after(body);
      const seen = body.innerText;
      body.remove();
      return seen;
    });
    const fragments = proseFragments(text);
    expect(fragments.length).toBeGreaterThan(8);
    expect(fragments.filter((fragment) => !inContent(fragment))).toEqual([]);
  });
}
