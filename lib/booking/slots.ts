import { parsePeriod, weekdays, type Booking } from './settings';
import { dayClock, instantText, localDateOf, startOfLocalDay } from './zoned-time';

/**
 * The consultation times still open: the weekly hours of the booking settings, laid out in the
 * practice's time zone, less what the calendar, the bookings and the rules take away. Pure: the
 * clock, the calendar's busy times and the booked slots are handed in.
 *
 * - Days: `daysAhead` local days counting today, less `closedDates`.
 * - Slots are laid on the practice's clock: one starting every `minutes` from the start of each
 *   period while it ends by the period's end ("09:00-10:00" by 15: 09:00, 09:15, 09:30, 09:45),
 *   each `minutes` of real time long. "09:00" is 09:00 local on both sides of a clock change.
 * - None starts before `now` plus `minNoticeHours`.
 * - None overlaps a busy time or a booked slot, each widened by `bufferMinutes` on both sides.
 * - The nights the clocks change: a clock reading that is skipped gives no slot, and one that
 *   comes twice gives a slot at each of its instants (unless that would overlap the slot before).
 *   So "01:00-03:00" offers 01:00, 01:15, 01:30 and 01:45 on the March night (then the clock
 *   jumps to 03:00: the real hour it lasts), and on the November night 01:00-01:45 in daylight
 *   time, the same four again in standard time, then 02:00-02:45: the three real hours it lasts.
 *   No slot is lost, none doubled.
 */

/** A span of time, e.g. a calendar event or a booked slot; ISO strings or Dates. */
export interface TimeSpan {
  start: Date | string;
  end: Date | string;
}

/** An open slot: its start and end as UTC instants, e.g. "2026-12-01T17:00:00Z". */
export interface Slot {
  start: string;
  end: string;
}

/** The open slots of one local day (YYYY-MM-DD in the practice's zone), earliest first. */
export interface SlotDay {
  date: string;
  slots: Slot[];
}

export interface SlotQuery {
  booking: Booking;
  /** Busy times from the therapist's calendars. */
  busy: readonly TimeSpan[];
  /** Slots already booked on this site. */
  taken: readonly TimeSpan[];
  now: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function epochOf(value: Date | string): number {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(time)) throw new TypeError(`Not an instant: ${String(value)}`);
  return time;
}

/**
 * The span of time whose busy events can remove a slot: from the buffer before the earliest slot
 * that the notice allows to the buffer after the end of the last day offered. Expand calendar
 * feeds over it.
 */
export function bookingWindow({ booking, now }: Pick<SlotQuery, 'booking' | 'now'>): {
  start: Date;
  end: Date;
} {
  const earliest = now.getTime() + booking.minNoticeHours * HOUR;
  const today = localDateOf(now.getTime(), booking.timeZone);
  const afterLastDay = startOfLocalDay(today.add({ days: booking.daysAhead }), booking.timeZone);
  const buffer = booking.bufferMinutes * MINUTE;
  return { start: new Date(earliest - buffer), end: new Date(afterLastDay + buffer) };
}

export function openSlots({ booking, busy, taken, now }: SlotQuery): SlotDay[] {
  const zone = booking.timeZone;
  const length = booking.minutes * MINUTE;
  const buffer = booking.bufferMinutes * MINUTE;
  const earliest = now.getTime() + booking.minNoticeHours * HOUR;
  const blocked = [...busy, ...taken].map((span) => ({
    start: epochOf(span.start) - buffer,
    end: epochOf(span.end) + buffer,
  }));
  const closed = new Set(booking.closedDates);
  const today = localDateOf(now.getTime(), zone);

  const days: SlotDay[] = [];
  for (let offset = 0; offset < booking.daysAhead; offset++) {
    const date = today.add({ days: offset });
    if (closed.has(date.toString())) continue;
    const instantsAt = dayClock(date, zone);
    const starts: number[] = [];
    for (const text of booking.weekly[weekdays[date.dayOfWeek - 1]!]) {
      const period = parsePeriod(text);
      for (
        let reading = period.start;
        reading + booking.minutes <= period.end;
        reading += booking.minutes
      )
        starts.push(...instantsAt(reading));
    }
    const laid: number[] = [];
    for (const start of starts.sort((a, b) => a - b))
      // Only where a clock change repeats an hour could two readings' slots overlap.
      if (laid.length === 0 || start >= laid.at(-1)! + length) laid.push(start);
    const open = laid.filter(
      (start) =>
        start >= earliest &&
        !blocked.some((span) => span.start < start + length && start < span.end),
    );
    if (open.length === 0) continue;
    days.push({
      date: date.toString(),
      slots: open.map((start) => ({ start: instantText(start), end: instantText(start + length) })),
    });
  }
  return days;
}

/**
 * The open slot starting at `start` (any ISO form of the instant), or null when it is not open
 * (any more): the check to repeat when a booking is submitted.
 */
export function findOpenSlot(query: SlotQuery & { start: string }): Slot | null {
  const wanted = Date.parse(query.start);
  if (Number.isNaN(wanted)) return null;
  for (const day of openSlots(query))
    for (const slot of day.slots) if (Date.parse(slot.start) === wanted) return slot;
  return null;
}
