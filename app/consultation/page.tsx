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
import { bookingSettings, offeredSlots } from '@/lib/booking/offer';
import { connection } from 'next/server';

const text = siteText.consultation;

export const metadata: Metadata = {
  title: fill(text.title),
  description: fill(text.description),
  alternates: { canonical: '/consultation' },
};

/**
 * The request form, and with the booking settings the open times to book: then the page is
 * rendered for each visit (the times change with every booking); without them it is prerendered.
 */
export default async function Page() {
  const booking = bookingSettings();
  if (booking) await connection();
  const slots = booking ? await offeredSlots() : null;
  const words = siteText.booking;
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
          booking: {
            legend: fill(words.slotsLegend),
            zone: fill(words.slotsZone, {
              Zone: slots?.zoneName ?? '',
              Minutes: String(booking?.minutes ?? ''),
            }),
            yourTime: fill(words.yourTime),
            noneOfThese: fill(words.noneOfThese),
            noneOfTheseHint: fill(words.noneOfTheseHint),
            submit: fill(words.submit),
            slotTakenHeading: fill(words.slotTakenHeading),
            slotTaken: fill(words.slotTaken),
            booked: words.booked,
            bookedWhen: words.bookedWhen,
            bookedNote: fill(words.bookedNote),
          },
        }}
        crisisNote={<CrisisNote headingLevel="h3" />}
        slots={slots}
      />
      <OtherWaysToReach />
    </div>
  );
}
