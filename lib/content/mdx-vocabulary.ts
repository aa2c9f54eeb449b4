import { settingNames, settingPlaceholders } from './placeholders';

/**
 * The components a page's MDX body may use, beyond Markdown: the documented vocabulary of the
 * pages. The build rejects any other (contentlayer.config.ts), the editor offers exactly these
 * (keystatic.config.tsx) and components/content/mdx-components.tsx renders each of them.
 */
export const mdxVocabulary = {
  ...(Object.fromEntries(
    settingNames.map((name) => [
      name,
      { kind: 'inline', label: settingPlaceholders[name].label, pages: 'all' },
    ]),
  ) as Record<(typeof settingNames)[number], VocabularyEntry>),
  EffectiveDate: { kind: 'inline', label: 'Effective date', pages: ['privacy', 'terms'] },
  RetentionDays: { kind: 'inline', label: 'Days a record is kept', pages: ['privacy'] },
  IfSet: { kind: 'mark', label: 'Only when a setting is filled in', pages: 'all' },
  IfEmpty: { kind: 'mark', label: 'Only while a setting is empty', pages: 'all' },
  KapSteps: { kind: 'block', label: 'The steps of a KAP journey', pages: ['kap'] },
  Faq: { kind: 'block', label: 'Questions and answers', pages: ['kap'] },
  FeeSchedule: { kind: 'block', label: 'Sessions and fees', pages: ['fees'] },
  PracticePolicies: { kind: 'block', label: 'Policies', pages: ['fees'] },
  TherapistBio: { kind: 'block', label: 'The therapist’s own words', pages: ['about'] },
  Notice: { kind: 'wrapper', label: 'Boxed notice', pages: 'all' },
  Section: { kind: 'wrapper', label: 'Section others can link to (#address)', pages: 'all' },
} satisfies Record<string, VocabularyEntry>;

export interface VocabularyEntry {
  kind: 'inline' | 'mark' | 'block' | 'wrapper';
  label: string;
  /** The pages whose data the component needs, or 'all'. */
  pages: 'all' | string[];
}

export type MdxComponentName = keyof typeof mdxVocabulary;

/** The JSX components an MDX body uses, by name (`<City />`, `<IfSet setting="Email">`). */
export function componentsIn(mdx: string): string[] {
  // Code spans and fenced code are not components.
  const text = mdx.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...new Set([...text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((m) => m[1]!))];
}

/** One line per component the page may not use: unknown ones, and those of another page. */
export function mdxComponentProblems(mdx: string, page: string | null): string[] {
  return componentsIn(mdx).flatMap((name) => {
    const entry = (mdxVocabulary as Record<string, VocabularyEntry>)[name];
    if (!entry) {
      return page === null
        ? [`<${name}> is not something a post can use: write Markdown only`]
        : [`<${name}> is not a component the pages know (see README, "Editing the site")`];
    }
    if (page === null) return [`<${name}> works in pages only: write Markdown in a post`];
    if (entry.pages !== 'all' && !entry.pages.includes(page)) {
      return [`<${name}> works only on the ${entry.pages.join(', ')} page`];
    }
    return [];
  });
}
