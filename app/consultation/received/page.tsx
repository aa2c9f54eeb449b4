import type { Metadata } from 'next';
import { ConsultationReceived } from '@/components/forms/ConsultationReceived';
import { CrisisNote } from '@/components/layout/CrisisNote';
import { fill, siteText } from '@/lib/content/site-text';
import { nextStepText, otherWaysText } from '@/lib/forms/consultation-copy';
import { practice } from '@/lib/practice';

const text = siteText.consultation;
/** "Thank you, <Name />. Your request was received." without her name, which this page does not know. */
const heading = fill(text.received.replace(/,?\s*<Name \/>/, ''));

export const metadata: Metadata = {
  title: heading,
  robots: { index: false, follow: false },
};

/**
 * Where the consultation form sends a browser without JavaScript once her request is stored
 * (lib/forms/consultation-action.ts): prerendered, so the answer costs the server nothing to render.
 */
export default function Page() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <ConsultationReceived
        heading={
          <h1
            id="consultation-received"
            className="text-3xl font-semibold leading-tight sm:text-4xl"
          >
            {heading}
          </h1>
        }
        nextStep={nextStepText(practice)}
        note={fill(text.receivedNote)}
        otherWays={otherWaysText(practice)}
        crisisNote={<CrisisNote headingLevel="h3" />}
      />
    </div>
  );
}
