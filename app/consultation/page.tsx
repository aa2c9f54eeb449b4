import type { Metadata } from 'next';
import { ConsultationForm } from '@/components/forms/ConsultationForm';
import { PageIntro } from '@/components/layout/PageIntro';
import { OtherWaysToReach } from '@/components/practice/OtherWaysToReach';
import { nextStepText, otherWaysText } from '@/lib/forms/consultation-copy';
import { consultationRules } from '@/lib/forms/consultation-schema';
import { practice } from '@/lib/practice';

export const metadata: Metadata = {
  title: 'Book a free consultation',
  description:
    'Request a free, no-pressure consultation call with an integrative therapist for moms in San Jose, California.',
  alternates: { canonical: '/consultation' },
};

export default function Page() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Book a free consultation">
        A short call to talk about what you are looking for and whether we are a good fit.
      </PageIntro>
      <ConsultationForm
        rules={consultationRules}
        nextStep={nextStepText(practice)}
        otherWays={otherWaysText(practice)}
      />
      <OtherWaysToReach />
    </div>
  );
}
