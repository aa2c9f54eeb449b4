'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { database } from '@/lib/db';
import { cancelBooking, rescheduleBooking } from '@/lib/db/bookings';
import { asFormData } from '@/lib/forms/form-data';
import { deliverSoon } from '@/lib/mail/delivery-queue';
import { linkSecret } from '@/lib/signed-links';
import { bookingOfLink, managePath, manageToken } from './manage-link';
import { changeMessages } from './messages';
import { checkSlot } from './offer';

/**
 * What her signed link allows (the page /consultation/booking): cancel the booking, or move it
 * to another open time. Each is a POST (a server action): opening the link, as mail scanners
 * do, changes nothing. Each answers with a redirect to the page, which says what was done.
 */

const pagePath = (token: string, done?: string) =>
  `${managePath(token)}${done ? `&done=${done}` : ''}`;

export async function cancelConsultation(data: FormData): Promise<void> {
  const formData = asFormData(data);
  const token = String(formData.get('token') ?? '');
  const booking = await bookingOfLink(token);
  // The page itself says that the link does not work.
  if (!booking) redirect(pagePath(token));
  const now = new Date();
  const secret = await linkSecret();
  const result = await cancelBooking(
    await database(),
    booking.id,
    changeMessages('cancelled', { now, secret }),
    now,
  );
  if (result.status === 'changed') after(deliverSoon);
  redirect(pagePath(token, result.status === 'changed' ? 'cancelled' : undefined));
}

export async function moveConsultation(data: FormData): Promise<void> {
  const formData = asFormData(data);
  const token = String(formData.get('token') ?? '');
  const start = formData.get('slot');
  const booking = await bookingOfLink(token);
  if (!booking) redirect(pagePath(token));
  if (booking.status !== 'booked' || typeof start !== 'string' || start === '')
    redirect(pagePath(token));
  const now = new Date();
  const check = await checkSlot(start, { now, except: { start: booking.start_at } });
  if (check.status !== 'open') redirect(pagePath(token, 'taken'));
  const secret = await linkSecret();
  const result = await rescheduleBooking(
    await database(),
    booking.id,
    check.slot,
    changeMessages('moved', { now, secret }),
    now,
  );
  if (result.status === 'taken') redirect(pagePath(token, 'taken'));
  if (result.status !== 'changed') redirect(pagePath(token));
  after(deliverSoon);
  // A new link: the old one expires when the old time would have started.
  redirect(pagePath(manageToken(booking.id, check.slot.start, secret), 'moved'));
}
