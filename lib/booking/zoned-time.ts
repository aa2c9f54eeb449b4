import { Temporal } from 'temporal-polyfill';

/**
 * Wall-clock time in a named time zone, done with Temporal (the polyfill until Node ships it):
 * unlike `Date` it never reads the server's own zone, and it says what happens to a clock reading
 * that a daylight-saving change skips or repeats.
 *
 * The rule, as RFC 5545 (§3.3.5) and Temporal's `compatible` choice have it:
 * - a reading the clock skips (02:30 on the March night it jumps from 02:00 to 03:00) names the
 *   moment as far after the jump (03:30 daylight time);
 * - a reading the clock shows twice (01:30 on the November night it falls back) names the first,
 *   earlier one (01:30 daylight time).
 */

export type LocalDate = Temporal.PlainDate;

function clockReading(date: LocalDate, minuteOfDay: number): Temporal.PlainDateTime {
  return date.toPlainDateTime({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
}

/** Milliseconds since the epoch when the clock reads `minuteOfDay` on `date`, by the rule above. */
export function localInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  return clockReading(date, minuteOfDay).toZonedDateTime(timeZone, {
    disambiguation: 'compatible',
  }).epochMilliseconds;
}

/**
 * Every instant at which the clock reads `minuteOfDay` on `date`, earliest first: one on most
 * days, none for a reading the clock skips, two for a reading it shows twice.
 */
export function instantsAt(date: LocalDate, minuteOfDay: number, timeZone: string): number[] {
  const reading = clockReading(date, minuteOfDay);
  const instants = (['earlier', 'later'] as const)
    .map((disambiguation) => reading.toZonedDateTime(timeZone, { disambiguation }))
    // In a skipped hour both choices land on other readings (01:30 standard, 03:30 daylight).
    .filter((zoned) => zoned.toPlainDateTime().equals(reading))
    .map((zoned) => zoned.epochMilliseconds);
  return [...new Set(instants)];
}

/**
 * `instantsAt` for every reading of one local day. Most days keep one offset from midnight to
 * midnight, and then a reading is simply that many minutes after midnight: one time-zone lookup
 * per day instead of two per reading.
 */
export function dayClock(date: LocalDate, timeZone: string): (minuteOfDay: number) => number[] {
  const start = date.toZonedDateTime({ timeZone });
  const nextDay = date.add({ days: 1 }).toZonedDateTime({ timeZone });
  const change = start.getTimeZoneTransition('next');
  const sameOffsetAllDay =
    start.hour === 0 &&
    start.minute === 0 &&
    (change === null || change.epochMilliseconds >= nextDay.epochMilliseconds);
  if (!sameOffsetAllDay) return (minuteOfDay) => instantsAt(date, minuteOfDay, timeZone);
  const midnight = start.epochMilliseconds;
  return (minuteOfDay) => [midnight + minuteOfDay * 60_000];
}

/** The first moment of a local day (usually 00:00; 01:00 where a zone skips midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The local calendar day an instant falls on in a zone. */
export function localDateOf(epochMilliseconds: number, timeZone: string): LocalDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMilliseconds)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

export function plainDate(fields: { year: number; month: number; day: number }): LocalDate {
  return Temporal.PlainDate.from(fields, { overflow: 'reject' });
}

/** "2026-12-01T17:00:00Z": the instant in UTC, to the second. */
export function instantText(epochMilliseconds: number): string {
  return new Date(epochMilliseconds).toISOString().replace(/\.000Z$/, 'Z');
}
