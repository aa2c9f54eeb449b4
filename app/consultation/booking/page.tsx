import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { notFound } from 'next/navigation';
import { SlotPicker } from '@/components/forms/SlotPicker';
import { PageIntro } from '@/components/layout/PageIntro';
import { OtherWaysToReach } from '@/components/practice/OtherWaysToReach';
import { formatSlot } from '@/lib/booking/format';
import { cancelConsultation, moveConsultation } from '@/lib/booking/manage';
import { bookingOfLink } from '@/lib/booking/manage-link';
import { offeredSlots, practiceTimeZone } from '@/lib/booking/offer';
import { fill, siteText } from '@/lib/content/site-text';

const words = siteText.booking;

export const metadata: Metadata = {
  title: fill(words.manageTitle),
  robots: { index: false, follow: false },
};

/** What the page says after an action (`done`), as a status. */
const doneText: Record<string, string> = {
  cancelled: words.cancelled,
  moved: words.moved,
  taken: words.moveTaken,
};

/**
 * Her booking, from the signed link in her e-mail: its time, a button to cancel it and the open
 * times to move it to (each a POST; opening the page changes nothing). Also where a booking made
 * without JavaScript lands (`done=booked`). A link that is forged, changed or expired answers 404
 * with a page saying so (./not-found.tsx).
 */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, done } = await searchParams;
  const booking = await bookingOfLink(token);
  if (!booking || typeof token !== 'string') notFound();
  const time = formatSlot({ start: booking.start_at, end: booking.end_at }, practiceTimeZone());
  const booked = booking.status === 'booked';
  const slots = booked ? await offeredSlots() : null;
  const justBooked = done === 'booked' && booked;
  const status = typeof done === 'string' ? doneText[done] : undefined;

  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro
        title={justBooked ? fill(words.booked, { Name: booking.name }) : fill(words.manageTitle)}
      >
        {booked ? fill(words.bookedWhen, { Time: time }) : null}
      </PageIntro>
      <div role="status" className="grid gap-3 text-lg empty:hidden">
        {justBooked && <p>{fill(words.bookedNote)}</p>}
        {status && booked && <p>{fill(status)}</p>}
        {!booked && <p>{fill(words.cancelled)}</p>}
      </div>

      {booked ? (
        <>
          <form action={cancelConsultation}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button-secondary">
              {fill(words.manageCancel)}
            </button>
          </form>
          {slots && slots.days.length > 0 ? (
            <form action={moveConsultation} className="grid gap-6">
              <input type="hidden" name="token" value={token} />
              <SlotPicker
                id="move-slot"
                name="slot"
                slots={slots}
                copy={{
                  legend: fill(words.manageMoveLegend),
                  zone: fill(words.slotsZone, {
                    Zone: slots.zoneName,
                    Minutes: String(slots.minutes),
                  }),
                  yourTime: fill(words.yourTime),
                }}
              />
              <div>
                <button type="submit" className="button-primary">
                  {fill(words.manageMove)}
                </button>
              </div>
            </form>
          ) : (
            <p>{fill(words.manageNoTimes)}</p>
          )}
        </>
      ) : (
        <p>
          <Link href="/consultation" className="link">
            {fill(words.bookAgain)}
          </Link>
        </p>
      )}
      <OtherWaysToReach />
    </div>
  );
}
