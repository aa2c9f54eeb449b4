/**
 * A consultation's time written out for people: "Tuesday, December 1, 2026, 9:00–9:15 AM Pacific
 * Time (PST)". Intl only, no time-zone library, so it can run in the browser too (her own time
 * beside the practice's). The parts are put together here rather than left to Intl's range
 * format, whose spaces and dashes change between ICU versions (and so between Node releases).
 */

const LOCALE = 'en-US';

interface Reading {
  date: string;
  time: string;
  period: string;
  zone: string;
  zoneName: string;
}

function reading(instant: Date, timeZone: string): Reading {
  const date = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }).format(instant);
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZoneName: 'short',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const zoneName =
    new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return {
    date,
    time: `${part('hour')}:${part('minute')}`,
    period: part('dayPeriod'),
    zone: part('timeZoneName'),
    zoneName,
  };
}

/**
 * The slot in the given zone. Without `end`, the start alone ("…, 9:00 AM Pacific Time (PST)").
 * Across a clock change each end carries its own abbreviation (1:45 AM PDT–1:00 AM PST).
 */
export function formatSlot(
  slot: { start: Date | string; end?: Date | string },
  timeZone: string,
): string {
  const from = reading(new Date(slot.start), timeZone);
  const zoneLabel = (r: Reading) => (r.zone === r.zoneName ? r.zone : `${r.zoneName} (${r.zone})`);
  if (slot.end === undefined) return `${from.date}, ${from.time} ${from.period} ${zoneLabel(from)}`;

  const to = reading(new Date(slot.end), timeZone);
  if (to.date !== from.date)
    return `${from.date}, ${from.time} ${from.period} – ${to.date}, ${to.time} ${to.period} ${zoneLabel(to)}`;
  if (to.zone !== from.zone)
    return `${from.date}, ${from.time} ${from.period} ${from.zone}–${to.time} ${to.period} ${to.zone} (${from.zoneName})`;
  const start = from.period === to.period ? from.time : `${from.time} ${from.period}`;
  return `${from.date}, ${start}–${to.time} ${to.period} ${zoneLabel(from)}`;
}
