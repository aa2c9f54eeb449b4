import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';
import { Section } from '@/components/layout/Section';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { FeeSchedule, PracticePolicies } from '@/components/practice/FeeSchedule';
import { GoodFaithEstimate } from '@/components/practice/GoodFaithEstimate';
import { JsonLd } from '@/components/seo/JsonLd';
import { breadcrumbJsonLd } from '@/lib/structured-data';

export const metadata: Metadata = {
  title: 'Fees and policies',
  description:
    'Session fees, the free consultation, cancellation and payment policies, and your right to a Good Faith Estimate under the No Surprises Act.',
  alternates: { canonical: '/fees' },
};

export default function FeesPage() {
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Fees and policies', path: '/fees' },
        ])}
      />
      <div className="mx-auto grid max-w-3xl gap-12 px-4 py-10 sm:px-6 sm:py-14">
        <PageIntro title="Fees and policies">
          <p>
            What sessions cost, how payment and cancellations work, and your rights as a client who
            pays for herself.
          </p>
        </PageIntro>

        <Section title="Sessions and fees">
          <FeeSchedule />
          <p className="max-w-measure">
            For KAP, the psychiatrist who evaluates you and prescribes ketamine is a separate
            provider: ask them about their own fees.
          </p>
        </Section>

        <Section title="Policies">
          <PracticePolicies />
        </Section>

        <Section
          title="Your right to a Good Faith Estimate"
          intro="A notice required by the No Surprises Act."
        >
          <GoodFaithEstimate />
        </Section>

        <ConsultationCta heading="Questions about cost?">
          Ask in your free consultation. It is a short, no-pressure call, and there is no charge for
          it.
        </ConsultationCta>
      </div>
    </>
  );
}
