import 'server-only';
import { busyFeeds, type BusyFeedReader } from './busy-feeds';
import type { Booking } from './settings';
import {
  bookingWindow,
  findOpenSlot,
  openSlots,
  type Slot,
  type SlotDay,
  type TimeSpan,
} from './slots';

/**
 * What the booking page may offer: the open slots, or nothing at all when a calendar feed could
 * not be read (a time offered then might already be taken; the request form stays).
 */

export type Availability = { ok: true; days: SlotDay[] } | { ok: false; reason: string };

export interface AvailabilityQuery {
  booking: Booking;
  now: Date;
  /** Slots already booked on this site. */
  taken: readonly TimeSpan[];
  /** The calendar feeds to read (BUSY_CALENDAR_URLS); none: only the hours and bookings count. */
  urls: readonly string[];
  feeds?: BusyFeedReader;
}

export async function availability({
  booking,
  now,
  taken,
  urls,
  feeds = busyFeeds,
}: AvailabilityQuery): Promise<Availability> {
  const calendar = await feeds.read({
    urls,
    window: bookingWindow({ booking, now }),
    timeZone: booking.timeZone,
  });
  if (!calendar.ok) return calendar;
  return { ok: true, days: openSlots({ booking, busy: calendar.busy, taken, now }) };
}

/**
 * The submit-time check: the chosen slot, if it is still open against the calendar (read again
 * if its copy is older than a few minutes) and the bookings; else null, or the feed's failure.
 */
export async function recheckSlot(
  query: AvailabilityQuery & { start: string },
): Promise<{ ok: true; slot: Slot | null } | { ok: false; reason: string }> {
  const { booking, now, taken, urls, feeds = busyFeeds, start } = query;
  const calendar = await feeds.read({
    urls,
    window: bookingWindow({ booking, now }),
    timeZone: booking.timeZone,
  });
  if (!calendar.ok) return calendar;
  return { ok: true, slot: findOpenSlot({ booking, busy: calendar.busy, taken, now, start }) };
}
