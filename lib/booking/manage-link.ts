import 'server-only';
import { database } from '@/lib/db';
import { findBooking, type BookingWithLead } from '@/lib/db/bookings';
import { linkSecret, signLink, verifyLink } from '@/lib/signed-links';

/** The booking her link names, if the link is genuine and not expired; else null. */
export async function bookingOfLink(token: unknown): Promise<BookingWithLead | null> {
  if (typeof token !== 'string' || token === '' || token.length > 2000) return null;
  const check = verifyLink(token, 'booking', Date.now(), await linkSecret());
  if (!check.ok) return null;
  return (await findBooking(await database(), check.claims.bookingId)) ?? null;
}

/** Her link's token: names the booking, good until its time starts. */
export function manageToken(bookingId: string, slotStart: string, secret: string): string {
  return signLink({ purpose: 'booking', bookingId, expiresAt: Date.parse(slotStart) }, secret);
}

/** The page where she cancels or moves the booking the token names. */
export const managePath = (token: string) =>
  `/consultation/booking?token=${encodeURIComponent(token)}`;
