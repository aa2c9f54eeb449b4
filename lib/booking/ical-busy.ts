import ICAL from 'ical.js';
import { localInstant, plainDate, startOfLocalDay } from './zoned-time';

/**
 * Busy times from an iCalendar feed (RFC 5545: Google Calendar's secret address, SimplePractice's
 * export, iCloud), read with Mozilla's ical.js, which also expands the recurrences (RRULE, RDATE,
 * EXDATE) and pairs each moved or changed occurrence (RECURRENCE-ID) with its series.
 *
 * What blocks time:
 * - every event, single or each occurrence of a series, except one shown as free
 *   (TRANSP:TRANSPARENT: Google Calendar's "Show as: Free", its default for all-day events)
 *   or cancelled (STATUS:CANCELLED, also on a single occurrence);
 * - a timed event, from its start to its end, read in its own time zone: the VTIMEZONE the feed
 *   defines for its TZID, else the TZID as an IANA zone name, else (a floating time, or a TZID
 *   nobody knows) the practice's zone;
 * - an all-day event, the whole of each of its days in the practice's zone: a date in a feed
 *   has no zone (it is "floating"), and the day the therapist marked is her day, where she works.
 */

/** A feed that is no iCalendar, or one whose events cannot be laid out safely. */
export class UnreadableCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableCalendarError';
  }
}

/** A parsed feed: each series with its changed occurrences, and the single events. */
export interface BusyCalendar {
  readonly events: readonly ICAL.Event[];
}

/**
 * A series is expanded from its first occurrence; past this many occurrences before the window
 * ends (a rule every few minutes for months, say; a daily one would need 137 years) the feed is
 * refused rather than read in part.
 */
export const MAX_OCCURRENCES_PER_EVENT = 50_000;

export function readICalendar(text: string): BusyCalendar {
  try {
    const parsed: unknown = ICAL.parse(text);
    if (!Array.isArray(parsed) || parsed[0] !== 'vcalendar') throw new Error('no VCALENDAR');
    return { events: groupSeries(new ICAL.Component(parsed as [string, unknown[], unknown[]])) };
  } catch {
    // Not ical.js's message: it quotes the offending line, which may name a client.
    throw new UnreadableCalendarError('not an iCalendar feed');
  }
}

/**
 * Left to itself, ical.js relates every changed occurrence in the file to every series, whatever
 * its UID: one series' moved session would hide another's. Each is related to its own series here.
 */
const unrelated = { strictExceptions: true, exceptions: [] };

/** Each series with its changed occurrences related to it, and the single events. */
function groupSeries(root: ICAL.Component): ICAL.Event[] {
  const series = new Map<string, ICAL.Event>();
  const changes: ICAL.Component[] = [];
  const events: ICAL.Event[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    if (component.hasProperty('recurrence-id')) {
      changes.push(component);
      continue;
    }
    const event = new ICAL.Event(component, unrelated);
    events.push(event);
    const uid = component.getFirstPropertyValue('uid');
    if (typeof uid === 'string' && event.isRecurring()) series.set(uid, event);
  }
  for (const change of changes) {
    const uid = change.getFirstPropertyValue('uid');
    const parent = typeof uid === 'string' ? series.get(uid) : undefined;
    // A changed occurrence whose series is not in the feed (shared alone) is an event of its own.
    if (parent) parent.relateException(change);
    else events.push(new ICAL.Event(change, unrelated));
  }
  return events;
}

function blocksTime(event: ICAL.Event): boolean {
  const value = (name: string) =>
    String(event.component.getFirstPropertyValue(name) ?? '').toUpperCase();
  return value('transp') !== 'TRANSPARENT' && value('status') !== 'CANCELLED';
}

function isKnownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of a date-time, by the zone rules above. */
function epochOf(time: ICAL.Time, tzid: string | undefined, practiceZone: string): number {
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toUnixTime() * 1000;
  const zone = tzid && isKnownZone(tzid) ? tzid : practiceZone;
  const date = plainDate({ year: time.year, month: time.month, day: time.day });
  return localInstant(date, time.hour * 60 + time.minute, zone) + time.second * 1000;
}

function startOfDay(time: ICAL.Time, practiceZone: string): number {
  return startOfLocalDay(
    plainDate({ year: time.year, month: time.month, day: time.day }),
    practiceZone,
  );
}

function tzidOf(event: ICAL.Event, name: 'dtstart' | 'dtend'): string | undefined {
  const tzid = event.component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** One occurrence as a span of real time. */
function spanOf(
  start: ICAL.Time,
  end: ICAL.Time,
  item: ICAL.Event,
  endTzid: string | undefined,
  practiceZone: string,
): { start: number; end: number } {
  if (start.isDate) {
    const from = startOfDay(start, practiceZone);
    return { start: from, end: Math.max(from, startOfDay(end, practiceZone)) };
  }
  const from = epochOf(start, tzidOf(item, 'dtstart'), practiceZone);
  return { start: from, end: Math.max(from, epochOf(end, endTzid, practiceZone)) };
}

/**
 * The busy spans of a calendar that overlap a window (e.g. `bookingWindow(…)`), in no particular
 * order. Throws UnreadableCalendarError when a series repeats too often to lay out.
 */
export function busyTimes(
  calendar: BusyCalendar,
  window: { start: Date; end: Date },
  practiceZone: string,
): { start: Date; end: Date }[] {
  try {
    return layOut(calendar, window, practiceZone);
  } catch (error) {
    if (error instanceof UnreadableCalendarError) throw error;
    // ical.js reads values when asked: a malformed date or rule surfaces here. Its message may
    // quote the event, so it is not passed on.
    throw new UnreadableCalendarError('an event in the feed could not be read');
  }
}

const DAY = 24 * 60 * 60_000;

/** A calendar date as one comparable number, e.g. 20261201. */
const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;

function utcDayNumber(epochMilliseconds: number): number {
  const date = new Date(epochMilliseconds);
  return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function layOut(
  calendar: BusyCalendar,
  window: { start: Date; end: Date },
  practiceZone: string,
): { start: Date; end: Date }[] {
  const from = window.start.getTime();
  const until = window.end.getTime();
  const busy: { start: Date; end: Date }[] = [];
  const keep = (span: { start: number; end: number }) => {
    if (span.start < until && span.end >= from)
      busy.push({ start: new Date(span.start), end: new Date(span.end) });
  };

  for (const event of calendar.events) {
    if (!event.isRecurring()) {
      if (blocksTime(event))
        keep(spanOf(event.startDate, event.endDate, event, tzidOf(event, 'dtend'), practiceZone));
      continue;
    }
    // Changed occurrences are laid out from their own times: a session moved from next month
    // into the window blocks it, and one moved out of the window no longer does.
    for (const change of Object.values(event.exceptions))
      if (blocksTime(change))
        keep(
          spanOf(change.startDate, change.endDate, change, tzidOf(change, 'dtend'), practiceZone),
        );

    if (!blocksTime(event)) continue;

    const startTzid = tzidOf(event, 'dtstart');
    const first = spanOf(
      event.startDate,
      event.endDate,
      event,
      tzidOf(event, 'dtend'),
      practiceZone,
    );
    // A series is walked from its first occurrence; those far from the window are told apart by
    // the date on their clock alone, which is cheap. That date is within a day of the UTC date,
    // so a margin of two days never skips an occurrence that reaches into the window.
    const earliestDay = utcDayNumber(from - (first.end - first.start) - 2 * DAY);
    const latestDay = utcDayNumber(until + 2 * DAY);
    const iterator = event.iterator();
    for (let count = 1; ; count++) {
      const occurrence = iterator.next();
      if (!occurrence) break;
      if (count > MAX_OCCURRENCES_PER_EVENT)
        throw new UnreadableCalendarError(
          `an event repeats more than ${MAX_OCCURRENCES_PER_EVENT} times before the booking window ends`,
        );
      const day = dayNumber(occurrence.year, occurrence.month, occurrence.day);
      if (day > latestDay) break;
      if (day < earliestDay) continue;
      const details = event.getOccurrenceDetails(occurrence);
      // A changed occurrence was laid out above, from its own times.
      if (details.item !== event) continue;
      // An occurrence lasts as long as the series' first one and keeps its zone.
      keep(spanOf(details.startDate, details.endDate, event, startTzid, practiceZone));
    }
  }
  return busy;
}
