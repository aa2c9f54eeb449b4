import type { Metadata } from 'next';
import { PageBody } from './PageBody';
import { PageIntro } from '@/components/layout/PageIntro';
import { getPage, pagePaths, pageTitle } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';

/** The pages that are prose only: the privacy policy, the terms and the accessibility statement. */
export type ProsePageSlug = 'privacy' | 'terms' | 'accessibility';

/** A prose page (content/pages/<slug>.mdx), as written: its title, intro and body. */
export function LegalPage({ slug }: { slug: ProsePageSlug }) {
  const page = getPage(slug);
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={pageTitle(page.data)}>
        {page.data.intro && <p>{fill(page.data.intro)}</p>}
      </PageIntro>
      <PageBody page={page} />
    </div>
  );
}

export function legalPageMetadata(slug: ProsePageSlug): Metadata {
  const { data } = getPage(slug);
  return {
    title: data.metaTitle ? fill(data.metaTitle) : pageTitle(data),
    description: fill(data.description),
    alternates: { canonical: pagePaths[slug] },
  };
}
