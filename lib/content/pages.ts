import type { Page } from 'contentlayer/generated';
// The generated JSON, not contentlayer's ES-module index: the command-line tools (tsx) load it too.
import generatedPages from 'contentlayer/generated/Page/_index.json';
import { practice } from '@/lib/practice';
import { pageSchemas, type PageData, type PageSlug } from './page-schema';
import type { Practice } from './practice-schema';
import { fillOr } from './site-text';

export type { PageSlug, PageData };

const allPages = generatedPages as unknown as Page[];

export interface SitePage<S extends PageSlug> {
  slug: S;
  data: PageData<S>;
  /** The compiled MDX body. */
  code: string;
}

/** A page of content/pages/, its front matter checked and typed (the build already rejected bad ones). */
export function getPage<S extends PageSlug>(slug: S): SitePage<S> {
  const page = allPages.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.mdx is missing`);
  const data = pageSchemas[slug].parse(JSON.parse(JSON.stringify(page))) as PageData<S>;
  return { slug, data, code: page.body.code };
}

/** The page's heading: its title with the settings filled in, or its fallback title. */
export function pageTitle(
  data: { title: string; fallbackTitle?: string },
  p: Practice = practice,
): string {
  return fillOr(data.title, data.fallbackTitle ?? data.title, p);
}

/** The site's paths for the pages (the KAP page's address is older than its file name). */
export const pagePaths: Record<PageSlug, string> = {
  home: '/',
  kap: '/ketamine-assisted-psychotherapy',
  about: '/about',
  fees: '/fees',
  privacy: '/privacy',
  terms: '/terms',
  accessibility: '/accessibility',
};

/** The KAP page's questions, filled in: shown on the page and given as its FAQPage data. */
export function kapFaq(p: Practice = practice): { question: string; answer: string }[] {
  return getPage('kap').data.faq.map((entry) => ({
    question: fillOr(entry.question, entry.question, p),
    answer: fillOr(entry.answer, entry.answer, p),
  }));
}

/** The steps of a KAP journey (the KAP page's front matter): summaries on the home page, details on the KAP page. */
export function kapSteps(p: Practice = practice) {
  return getPage('kap').data.steps.map((step) => ({
    title: fillOr(step.title, step.title, p),
    summary: fillOr(step.summary, step.summary, p),
    details: fillOr(step.details, step.details, p),
  }));
}

/** "November 26, 2026" */
export function formatLegalDate(isoDate: string): string {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
