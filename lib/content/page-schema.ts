import { z } from 'zod';
import { mdxComponentProblems } from './mdx-vocabulary';
import { unknownPlaceholders } from './placeholders';

/**
 * The front matter of each page in content/pages/ (the file name says which page it is). The
 * structured parts of a page (hero, steps, questions, calls to action) live here; its prose is the
 * MDX body. Checked when the site builds (contentlayer.config.ts): a missing page, a missing or
 * misspelt field, an unknown placeholder or component fails the build naming the file.
 */

const line = z.string().trim().min(1, 'this text is empty').max(160);
const text = z.string().trim().min(1, 'this text is empty').max(2000);
const isoDay = /^\d{4}-\d{2}-\d{2}/;
const day = z.string().regex(isoDay, 'write the date as YYYY-MM-DD');
const internalPath = z.string().regex(/^\/[\w\-/#]*$/, 'write a path on this site, e.g. /fees');

/** Blank counts as absent: the editor writes '' for an empty text and null for an empty date. */
function blank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  if (typeof value === 'object' && !Array.isArray(value)) return Object.values(value).every(blank);
  return false;
}
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (blank(value) ? undefined : value), schema.optional());

const cta = optional(z.object({ heading: line, text }));
const link = z.object({ text: line, href: internalPath });

const base = z.object({
  /** The page's main heading (and its title in search results unless `metaTitle` is set). */
  title: line,
  /** Used instead of `title` while a setting it names is empty. */
  fallbackTitle: optional(line),
  metaTitle: optional(line),
  description: z.string().trim().min(50, 'write at least 50 characters').max(300),
  intro: optional(text),
  cta,
});

const home = base.extend({
  hero: z.object({
    eyebrow: line,
    title: line,
    text,
    secondaryLink: line,
    placesHeading: line,
    places: z.array(z.object({ title: line, text })).min(1),
  }),
  approaches: z.object({
    eyebrow: line,
    title: line,
    intro: text,
    cards: z.array(z.object({ title: line, text, link: optional(link) })).min(1),
  }),
  journey: z.object({ eyebrow: line, title: line, intro: text, link: line }),
  latest: z.object({ title: line, link: line }),
});

const kap = base.extend({
  breadcrumb: line,
  steps: z.array(z.object({ title: line, summary: text, details: text })).min(1),
  faq: z.array(z.object({ question: line, answer: text })).min(1),
});

const about = base.extend({
  facts: z.object({
    heading: line,
    therapist: line,
    license: line,
    inPerson: line,
    telehealth: line,
    telehealthText: line,
    email: line,
    phone: line,
    feesLink: line,
  }),
});

const fees = base.extend({
  fees: z.object({
    freeConsultationTitle: line,
    freeConsultationText: text,
    noRates: text,
    noPolicies: text,
    cancellation: line,
    payment: line,
    insurance: line,
  }),
});

const legal = base.omit({ cta: true }).extend({
  /** The date the page last changed in substance (CalOPPA), shown at its top. */
  effectiveDate: day,
  /** The day the therapist (or her counsel) last reviewed the page; `npm run check:launch` asks for it. */
  reviewed: optional(day),
});

export const pageSchemas = {
  home,
  kap,
  about,
  fees,
  privacy: legal,
  terms: legal,
  accessibility: base,
} as const;
export type PageSlug = keyof typeof pageSchemas;
export const pageSlugs = Object.keys(pageSchemas) as PageSlug[];
export type PageData<S extends PageSlug> = z.infer<(typeof pageSchemas)[S]>;

/** Placeholders a page's texts may use besides the settings. */
const pagePlaceholders: Record<PageSlug, string[]> = {
  home: [],
  kap: [],
  about: [],
  fees: [],
  privacy: ['EffectiveDate'],
  terms: ['EffectiveDate'],
  accessibility: [],
};

export function isPageSlug(slug: string): slug is PageSlug {
  return (pageSlugs as string[]).includes(slug);
}

/** Checks one page file; returns a message naming the file and each problem, or null. */
export function pageProblems(
  sourceFile: string,
  frontMatter: unknown,
  body: string,
): string | null {
  const slug = sourceFile.replace(/^pages\//, '').replace(/\.mdx$/, '');
  const file = `content/${sourceFile}`;
  if (!isPageSlug(slug)) {
    return `${file} is not a page of the site: the pages are ${pageSlugs.map((s) => `pages/${s}.mdx`).join(', ')}`;
  }
  const result = pageSchemas[slug].safeParse(frontMatter);
  const lines = result.success
    ? [
        ...unknownPlaceholders(result.data, pagePlaceholders[slug]),
        ...mdxComponentProblems(body, slug).map((problem) => `body: ${problem}`),
      ]
    : result.error.issues.map(
        (issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`,
      );
  return lines.length ? `${file} has problems:\n${lines.map((l) => `  - ${l}`).join('\n')}` : null;
}

/** The page files the site needs; a missing one fails the build. */
export function missingPages(present: string[]): string[] {
  return pageSlugs.filter((slug) => !present.includes(slug)).map((s) => `content/pages/${s}.mdx`);
}
