import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';
import { AboutPractice, aboutTitle } from '@/components/practice/AboutPractice';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { JsonLd } from '@/components/seo/JsonLd';
import { cityLine, practice } from '@/lib/practice';
import { breadcrumbJsonLd, practiceJsonLd } from '@/lib/structured-data';

export const metadata: Metadata = {
  title: aboutTitle(),
  description: `${practice.practiceName}: an integrative therapy practice for moms in ${cityLine()}, offering Ketamine-Assisted Psychotherapy, EMDR and IFS, in person and by telehealth.`,
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <>
      <JsonLd data={practiceJsonLd()} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: aboutTitle(), path: '/about' },
        ])}
      />
      <div className="mx-auto grid max-w-page gap-12 px-4 py-10 sm:px-6 sm:py-14">
        <PageIntro title={aboutTitle()}>
          <p>
            An integrative therapy practice for moms in {cityLine()}: Ketamine-Assisted
            Psychotherapy (KAP) alongside talk therapy, EMDR and IFS, in person and by telehealth.
          </p>
        </PageIntro>
        <AboutPractice />
        <div className="max-w-3xl">
          <ConsultationCta />
        </div>
      </div>
    </>
  );
}
