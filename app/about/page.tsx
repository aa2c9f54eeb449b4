import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { PageBody } from '@/components/content/PageBody';
import { PageIntro } from '@/components/layout/PageIntro';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { PracticeFacts } from '@/components/practice/PracticeFacts';
import { TherapistPhoto } from '@/components/practice/TherapistPhoto';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPage, pagePaths, pageTitle } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { consultationLink } from '@/lib/navigation';
import { practice } from '@/lib/practice';
import { breadcrumbJsonLd, practiceJsonLd } from '@/lib/structured-data';

const page = getPage('about');
const title = pageTitle(page.data);

export const metadata: Metadata = {
  title: page.data.metaTitle ? fill(page.data.metaTitle) : title,
  description: fill(page.data.description),
  alternates: { canonical: pagePaths.about },
};

export default function AboutPage() {
  const { facts } = page.data;
  return (
    <>
      <JsonLd data={practiceJsonLd()} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: title, path: pagePaths.about },
        ])}
      />
      <div className="mx-auto grid max-w-page gap-12 px-4 py-10 sm:px-6 sm:py-14">
        <PageIntro title={title}>{page.data.intro && <p>{fill(page.data.intro)}</p>}</PageIntro>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
          <PageBody page={page} />
          <aside aria-label={fill(facts.heading)} className="grid gap-4 lg:sticky lg:top-6">
            <PracticeFacts practice={practice} labels={facts} />
            <ul className="grid gap-1 px-1">
              <li>
                <Link href={pagePaths.fees} className="link inline-block py-1">
                  {fill(facts.feesLink)}
                </Link>
              </li>
              <li>
                <Link href={consultationLink.href} className="link inline-block py-1">
                  {consultationLink.label}
                </Link>
              </li>
            </ul>
            <TherapistPhoto practice={practice} />
          </aside>
        </div>
        <div className="max-w-3xl">
          <ConsultationCta cta={page.data.cta} />
        </div>
      </div>
    </>
  );
}
