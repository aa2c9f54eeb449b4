import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { SitePage, PageSlug } from '@/lib/content/pages';
import { practice as defaultPractice, type Practice } from '@/lib/practice';
import { pageMdxComponents } from './mdx-components';

/** A page's MDX body, typeset as prose, rendered on the server with the page's components. */
export function PageBody<S extends PageSlug>({
  page,
  practice = defaultPractice,
  className = '',
}: {
  page: SitePage<S>;
  practice?: Practice;
  className?: string;
}) {
  const components = pageMdxComponents({ slug: page.slug, data: page.data, practice });
  return (
    <div className={`prose prose-practice max-w-measure ${className}`}>
      {getMDXComponent(page.code)({ components })}
    </div>
  );
}
