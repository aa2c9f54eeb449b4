import type { Metadata } from 'next';
import { InlineText } from '@/components/content/InlineText';
import { ConsultationForm } from '@/components/forms/ConsultationForm';
import { CrisisNote } from '@/components/layout/CrisisNote';
import { PageIntro } from '@/components/layout/PageIntro';
import { OtherWaysToReach } from '@/components/practice/OtherWaysToReach';
import { fill, siteText } from '@/lib/content/site-text';
import { nextStepText, otherWaysText } from '@/lib/forms/consultation-copy';
import { consultationRules } from '@/lib/forms/consultation-schema';
import { practice } from '@/lib/practice';

const text = siteText.consultation;

export const metadata: Metadata = {
  title: fill(text.title),
  description: fill(text.description),
  alternates: { canonical: '/consultation' },
};

export default function Page() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={fill(text.title)}>{fill(text.intro)}</PageIntro>
      <ConsultationForm
        rules={consultationRules}
        nextStep={nextStepText(practice)}
        otherWays={otherWaysText(practice)}
        copy={{
          requiredNote: fill(text.requiredNote),
          californiaHint: fill(text.californiaHint),
          healthNotice: <InlineText text={fill(text.healthNotice)} />,
          consent: fill(text.consent),
          submit: fill(text.submit),
          received: text.received,
          receivedNote: fill(text.receivedNote),
        }}
        crisisNote={<CrisisNote headingLevel="h3" />}
      />
      <OtherWaysToReach />
    </div>
  );
}
