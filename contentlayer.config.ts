import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { mdxComponentProblems } from './lib/content/mdx-vocabulary';
import { missingPages, pageProblems } from './lib/content/page-schema';
import { formatLaunchGaps, launchGaps } from './lib/launch-check';
import { parsePractice } from './lib/content/practice-schema';
import { siteTextProblems } from './lib/content/site-text-schema';
import { readingMinutes } from './lib/posts/reading-time';
import { postProblems } from './lib/posts/schema';

/**
 * Everything the therapist edits, in CONTENT_DIR (default content/): posts, pages, the practice's
 * settings and the site's own words. Field types are checked here; the rules contentlayer cannot
 * express live in zod schemas (lib/posts/schema.ts, lib/content/*-schema.ts) and run as each
 * document's `checked` field, so `contentlayer2 build` fails naming the file and the field.
 */

/** contentlayer hands lists over as its own array type: give zod plain JSON. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** A blog post: one MDX file in content/blog/. The file name is the URL slug. */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'blog/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    summary: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    updated: { type: 'date' },
    image: { type: 'string' },
    imageAlt: { type: 'string' },
  },
  computedFields: {
    frontMatterChecked: {
      type: 'boolean',
      resolve: (post) => {
        const file = post._raw.sourceFilePath;
        const problems =
          postProblems(file, plain(post)) ??
          (mdxComponentProblems(post.body.raw, null).length
            ? `content/${file}: ${mdxComponentProblems(post.body.raw, null).join('; ')}`
            : null);
        if (problems) throw new Error(problems);
        return true;
      },
    },
    slug: {
      type: 'string',
      resolve: (post) => post._raw.sourceFileName.replace(/\.mdx$/, ''),
    },
    readingMinutes: {
      type: 'number',
      resolve: (post) => readingMinutes(post.body.raw),
    },
  },
}));

/**
 * A page of the site: content/pages/<page>.mdx (home, kap, about, fees, privacy, terms). Its
 * structured parts are front matter (lib/content/page-schema.ts), its prose the MDX body.
 */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    fallbackTitle: { type: 'string' },
    metaTitle: { type: 'string' },
    description: { type: 'string', required: true },
    intro: { type: 'string' },
    breadcrumb: { type: 'string' },
    cta: { type: 'json' },
    hero: { type: 'json' },
    approaches: { type: 'json' },
    journey: { type: 'json' },
    latest: { type: 'json' },
    steps: { type: 'json' },
    faq: { type: 'json' },
    facts: { type: 'json' },
    fees: { type: 'json' },
    effectiveDate: { type: 'date' },
    reviewed: { type: 'date' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (page) => page._raw.sourceFileName.replace(/\.mdx$/, '') },
    checked: {
      type: 'boolean',
      resolve: (page) => {
        const problems = pageProblems(page._raw.sourceFilePath, plain(page), page.body.raw);
        if (problems) throw new Error(problems);
        return true;
      },
    },
  },
}));

/** content/practice.json: the practice's details (lib/content/practice-schema.ts). */
export const PracticeSettings = defineDocumentType(() => ({
  name: 'PracticeSettings',
  filePathPattern: 'practice.json',
  contentType: 'data',
  fields: {
    practiceName: { type: 'string', required: true },
    tagline: { type: 'string' },
    therapist: { type: 'json' },
    location: { type: 'json' },
    contact: { type: 'json' },
    postalAddress: { type: 'string' },
    replyTime: { type: 'string' },
    telehealthStates: { type: 'json' },
    services: { type: 'json' },
    policies: { type: 'json' },
    social: { type: 'json' },
    booking: { type: 'json' },
  },
  computedFields: {
    checked: {
      type: 'boolean',
      resolve: (settings) => {
        parsePractice(plain(settings), `content/${settings._raw.sourceFilePath}`);
        return true;
      },
    },
  },
}));

/** content/site.json: the site's own words outside the pages (lib/content/site-text-schema.ts). */
export const SiteText = defineDocumentType(() => ({
  name: 'SiteText',
  filePathPattern: 'site.json',
  contentType: 'data',
  fields: {
    navigation: { type: 'json', required: true },
    footer: { type: 'json', required: true },
    crisis: { type: 'json', required: true },
    medicalNote: { type: 'json', required: true },
    consultationCta: { type: 'json', required: true },
    newsletter: { type: 'json', required: true },
    notFound: { type: 'json', required: true },
    consultation: { type: 'json', required: true },
    booking: { type: 'json', required: true },
    emails: { type: 'json', required: true },
  },
  computedFields: {
    checked: {
      type: 'boolean',
      resolve: (text) => {
        const problems = siteTextProblems(plain(text), `content/${text._raw.sourceFilePath}`);
        if (problems) throw new Error(problems);
        return true;
      },
    },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [Post, Page, PracticeSettings, SiteText],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  // A file the site cannot do without fails the build by name, as a broken one does.
  onSuccess: async (getData) => {
    const { allPages, allPracticeSettings, allSiteTexts } = await getData();
    const missing = [
      ...missingPages(allPages.map((page) => page.slug)),
      ...(allPracticeSettings.length ? [] : ['content/practice.json']),
      ...(allSiteTexts.length ? [] : ['content/site.json']),
    ];
    if (missing.length) {
      console.error(`Missing content files:\n${missing.map((file) => `  - ${file}`).join('\n')}`);
      process.exit(1);
    }
    // Building for a public address with launch items still missing: the same list as
    // `npm run check:launch`, as a warning.
    if (process.env.SITE_URL?.trim().startsWith('https://')) {
      const legal = (slug: string) => allPages.find((page) => page.slug === slug)?.reviewed;
      const gaps = launchGaps({
        practice: parsePractice(plain(allPracticeSettings[0])),
        reviewed: { privacy: legal('privacy'), terms: legal('terms') },
        env: process.env,
      });
      if (gaps.length) console.warn(`\n⚠ ${formatLaunchGaps(gaps)}\n`);
    }
  },
});
