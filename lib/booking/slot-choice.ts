import type { SlotDay } from './slots';

/**
 * The open slots as the form shows them: grouped by the practice's local day, every label written
 * on the server (in the practice's zone), so the page's HTML is the same whoever asks and the
 * browser only adds her own time beside each, once it runs.
 */

export interface SlotOption {
  /** The slot's start, a UTC instant: the value the form posts. */
  start: string;
  end: string;
  /** "9:00–9:30 AM" */
  label: string;
}

export interface SlotOptionDay {
  date: string;
  /** "Tuesday, December 1" */
  label: string;
  slots: SlotOption[];
}

export interface SlotChoice {
  /** "Pacific Time" */
  zoneName: string;
  timeZone: string;
  minutes: number;
  days: SlotOptionDay[];
}

const LOCALE = 'en-US';

function clock(instant: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return { time: `${part('hour')}:${part('minute')}`, period: part('dayPeriod') };
}

/** "9:00–9:30 AM", "11:45 AM–12:15 PM": the parts put together here, the same on every ICU. */
export function slotClockLabel(slot: { start: string; end: string }, timeZone: string): string {
  const from = clock(slot.start, timeZone);
  const to = clock(slot.end, timeZone);
  const start = from.period === to.period ? from.time : `${from.time} ${from.period}`;
  return `${start}–${to.time} ${to.period}`;
}

export function zoneName(timeZone: string, at = new Date()): string {
  return (
    new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** "Tuesday, December 1" for a local date "2026-12-01". */
export function dayLabel(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The first `limit` open slots, grouped by day, with their labels. */
export function slotChoice(
  days: readonly SlotDay[],
  { timeZone, minutes, limit }: { timeZone: string; minutes: number; limit: number },
): SlotChoice {
  const shown: SlotOptionDay[] = [];
  let left = limit;
  for (const day of days) {
    if (left <= 0) break;
    const slots = day.slots.slice(0, left);
    left -= slots.length;
    shown.push({
      date: day.date,
      label: dayLabel(day.date),
      slots: slots.map((slot) => ({ ...slot, label: slotClockLabel(slot, timeZone) })),
    });
  }
  return { zoneName: zoneName(timeZone), timeZone, minutes, days: shown };
}
