import type { Metadata } from 'next';
import { PageBody } from '@/components/content/PageBody';
import { PageIntro } from '@/components/layout/PageIntro';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPage, pagePaths, pageTitle } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { breadcrumbJsonLd } from '@/lib/structured-data';

const page = getPage('fees');
const title = pageTitle(page.data);

export const metadata: Metadata = {
  title: page.data.metaTitle ? fill(page.data.metaTitle) : title,
  description: fill(page.data.description),
  alternates: { canonical: pagePaths.fees },
};

export default function FeesPage() {
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: title, path: pagePaths.fees },
        ])}
      />
      <div className="mx-auto grid max-w-3xl gap-12 px-4 py-10 sm:px-6 sm:py-14">
        <PageIntro title={title}>{page.data.intro && <p>{fill(page.data.intro)}</p>}</PageIntro>
        <PageBody page={page} />
        <ConsultationCta cta={page.data.cta} />
      </div>
    </>
  );
}
