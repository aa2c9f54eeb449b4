import 'server-only';
import { database } from '@/lib/db';
import { findBooking, type BookingWithLead } from '@/lib/db/bookings';
import { linkSecret, verifyLink } from '@/lib/signed-links';

/** The booking her link names, if the link is genuine and not expired; else null. */
export async function bookingOfLink(token: unknown): Promise<BookingWithLead | null> {
  if (typeof token !== 'string' || token === '' || token.length > 2000) return null;
  const check = verifyLink(token, 'booking', Date.now(), await linkSecret());
  if (!check.ok) return null;
  return (await findBooking(await database(), check.claims.bookingId)) ?? null;
}
