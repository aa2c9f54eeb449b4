import 'server-only';
import { database } from '@/lib/db';
import { bookedSpans, instantKey } from '@/lib/db/bookings';
import { env } from '@/lib/env';
import { practice, type Practice } from '@/lib/practice';
import { availability, recheckSlot } from './availability';
import { createBusyFeedReader, type BusyFeedReader } from './busy-feeds';
import { weekdays, type Booking } from './settings';
import { slotChoice, type SlotChoice } from './slot-choice';
import type { Slot } from './slots';

/**
 * What /consultation offers: the booking settings when the therapist has set hours, the open
 * slots now (her hours, less her calendars' busy times and the slots already booked), and the
 * check of one slot when a mother submits it.
 */

/** How many of the next open slots the form shows (grouped by day). */
export const SLOTS_SHOWN = 24;

/** The booking settings, or null while no day has hours (the page is then the request form alone). */
export function bookingSettings(p: Practice = practice): Booking | null {
  const booking = p.booking;
  if (!booking || weekdays.every((day) => booking.weekly[day].length === 0)) return null;
  return booking;
}

/** The practice's zone: the booking settings', also once booking is switched off again. */
export function practiceTimeZone(): string {
  return practice.booking?.timeZone ?? 'America/Los_Angeles';
}

const globalForFeeds = globalThis as typeof globalThis & { __busyFeeds?: BusyFeedReader };

/** The server's one reader of the calendar feeds, kept BUSY_CALENDAR_REFRESH_MS. */
function feeds(): BusyFeedReader {
  const refreshMs = env().BUSY_CALENDAR_REFRESH_MS;
  return (globalForFeeds.__busyFeeds ??= createBusyFeedReader({
    freshForMs: refreshMs,
    retryAfterMs: Math.min(refreshMs, 60_000),
  }));
}

async function query(booking: Booking, now: Date, except?: { start: string }) {
  const taken = (await bookedSpans(await database(), now)).filter(
    (span) => !except || span.start !== instantKey(except.start),
  );
  return { booking, now, taken, urls: env().BUSY_CALENDAR_URLS, feeds: feeds() };
}

/** The slots to offer now, or null: no booking set up, or a calendar that cannot be read. */
export async function offeredSlots(now = new Date()): Promise<SlotChoice | null> {
  const booking = bookingSettings();
  if (!booking) return null;
  const open = await availability(await query(booking, now));
  if (!open.ok) return null;
  return slotChoice(open.days, {
    timeZone: booking.timeZone,
    minutes: booking.minutes,
    limit: SLOTS_SHOWN,
  });
}

export type SlotCheck =
  { status: 'open'; slot: Slot } | { status: 'taken' } | { status: 'unavailable' };

/**
 * Is this slot still open, against the calendars (read again if their copy is older than the
 * refresh time) and the bookings? `except`: her own booking's slot, when she moves it.
 */
export async function checkSlot(
  start: string,
  { now = new Date(), except }: { now?: Date; except?: { start: string } } = {},
): Promise<SlotCheck> {
  const booking = bookingSettings();
  if (!booking) return { status: 'unavailable' };
  const result = await recheckSlot({ ...(await query(booking, now, except)), start });
  if (!result.ok) return { status: 'unavailable' };
  return result.slot ? { status: 'open', slot: result.slot } : { status: 'taken' };
}
