import type { Metadata } from 'next';
import { PageBody } from '@/components/content/PageBody';
import { PageIntro } from '@/components/layout/PageIntro';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { MedicalNote } from '@/components/practice/MedicalNote';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPage, kapFaq, pagePaths, pageTitle } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { breadcrumbJsonLd, faqJsonLd } from '@/lib/structured-data';

const page = getPage('kap');
const title = pageTitle(page.data);

export const metadata: Metadata = {
  title: page.data.metaTitle ? fill(page.data.metaTitle) : title,
  description: fill(page.data.description),
  alternates: { canonical: pagePaths.kap },
};

export default function KapPage() {
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: fill(page.data.breadcrumb), path: pagePaths.kap },
        ])}
      />
      <JsonLd data={faqJsonLd(kapFaq())} />
      <div className="mx-auto grid max-w-3xl gap-12 px-4 py-10 sm:px-6 sm:py-14">
        <div className="grid gap-6">
          <PageIntro title={title}>{page.data.intro && <p>{fill(page.data.intro)}</p>}</PageIntro>
          <MedicalNote />
        </div>
        <PageBody page={page} />
        <ConsultationCta cta={page.data.cta} />
      </div>
    </>
  );
}
