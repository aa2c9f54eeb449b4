import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availability, recheckSlot } from '@/lib/booking/availability';
import { createBusyFeedReader } from '@/lib/booking/busy-feeds';
import {
  busyTimes,
  MAX_OCCURRENCES_PER_EVENT,
  readICalendar,
  UnreadableCalendarError,
} from '@/lib/booking/ical-busy';
import { bookingSchema } from '@/lib/booking/settings';
import { bookingWindow, type SlotDay } from '@/lib/booking/slots';
import { startFakeCalendar, type FakeCalendar } from '../support/fake-calendar';

const zone = 'America/Los_Angeles';

/** Weekday mornings in half hours; the fixture's events fall in the three weeks after `now`. */
const booking = bookingSchema.parse({
  minutes: 30,
  timeZone: zone,
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-12:00']])),
  bufferMinutes: 0,
  minNoticeHours: 24,
  daysAhead: 21,
});

/** Friday 27 November 2026, noon in San Jose. */
const now = at('2026-11-27 12:00');

function at(local: string): Date {
  const zoned = Temporal.PlainDateTime.from(local.replace(' ', 'T')).toZonedDateTime(zone);
  return new Date(zoned.epochMilliseconds);
}

function local(days: SlotDay[]): string[] {
  return days.flatMap((day) =>
    day.slots.map((slot) =>
      Temporal.Instant.from(slot.start)
        .toZonedDateTimeISO(zone)
        .toPlainDateTime()
        .toString()
        .replace('T', ' ')
        .slice(0, 16),
    ),
  );
}

const calendarOf = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join(
    '\r\n',
  );

const event = (...lines: string[]) =>
  [
    'BEGIN:VEVENT',
    `UID:${Math.random()}@test`,
    'DTSTAMP:20261101T000000Z',
    ...lines,
    'END:VEVENT',
  ].join('\r\n');

/** The busy spans of an inline calendar over the booking window, in San Jose time. */
function busyOf(text: string) {
  return busyTimes(readICalendar(text), bookingWindow({ booking, now }), zone).map(
    ({ start, end }) =>
      [start, end]
        .map((d) =>
          Temporal.Instant.fromEpochMilliseconds(d.getTime())
            .toZonedDateTimeISO(zone)
            .toPlainDateTime()
            .toString()
            .replace('T', ' ')
            .slice(0, 16),
        )
        .join(' → '),
  );
}

let calendar: FakeCalendar;
/** An address where nothing listens: a port opened and closed again. */
let unreachableUrl: string;

beforeAll(async () => {
  calendar = await startFakeCalendar({ port: 0 });
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  unreachableUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/basic.ics`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(() => calendar.close());

function reader(options: Parameters<typeof createBusyFeedReader>[0] = {}) {
  const logs: string[] = [];
  let clock = now.getTime();
  const feeds = createBusyFeedReader({
    timeoutMs: 10_000,
    now: () => clock,
    log: (line) => logs.push(line),
    ...options,
  });
  return { feeds, logs, advance: (ms: number) => (clock += ms) };
}

describe('busy times from the test calendar feed', () => {
  it('remove exactly the slots its events overlap', async () => {
    const { feeds, logs } = reader();
    const free = await availability({ booking, now, taken: [], urls: [], feeds });
    const busy = await availability({
      booking,
      now,
      taken: [],
      urls: [calendar.url('/busy.ics')],
      feeds,
    });
    expect(free.ok && busy.ok).toBe(true);
    if (!free.ok || !busy.ok) return;
    const left = local(busy.days);
    expect(local(free.days).filter((slot) => !left.includes(slot))).toEqual([
      // The single event, 10:00-10:45.
      '2026-12-01 10:00',
      '2026-12-01 10:30',
      // The all-day event: the whole of Friday in San Jose.
      '2026-12-04 09:00',
      '2026-12-04 09:30',
      '2026-12-04 10:00',
      '2026-12-04 10:30',
      '2026-12-04 11:00',
      '2026-12-04 11:30',
      // 13:00-14:00 in New York.
      '2026-12-07 10:00',
      '2026-12-07 10:30',
      // The weekly event's 9 December occurrence, moved to Thursday 11:00-12:00.
      '2026-12-10 11:00',
      '2026-12-10 11:30',
      // 17:00-17:30 UTC.
      '2026-12-11 09:00',
      // The weekly event, set up in daylight time, still at 09:00 in December.
      '2026-12-16 09:00',
      '2026-12-16 09:30',
    ]);
    // Kept open: 2 December (the exception), 9 December (moved away), 3 December (cancelled),
    // 8 December (shown as free).
    expect(left).toEqual(
      expect.arrayContaining([
        '2026-12-02 09:00',
        '2026-12-09 09:00',
        '2026-12-03 09:00',
        '2026-12-08 09:00',
      ]),
    );
    expect(logs).toEqual([]);
  });

  it('are re-checked when a slot is submitted', async () => {
    const { feeds } = reader();
    const query = { booking, now, taken: [], urls: [calendar.url('/busy.ics')], feeds };
    expect(await recheckSlot({ ...query, start: at('2026-12-01 10:00').toISOString() })).toEqual({
      ok: true,
      slot: null,
    });
    expect(await recheckSlot({ ...query, start: at('2026-12-01 11:00').toISOString() })).toEqual({
      ok: true,
      slot: { start: '2026-12-01T19:00:00Z', end: '2026-12-01T19:30:00Z' },
    });
  });
});

describe('reading iCalendar events', () => {
  it('reads a TZID without its VTIMEZONE as the IANA zone it names', () => {
    expect(
      busyOf(
        calendarOf(
          event(
            'DTSTART;TZID=Europe/Berlin:20261201T180000',
            'DTEND;TZID=Europe/Berlin:20261201T190000',
          ),
        ),
      ),
    ).toEqual(['2026-12-01 09:00 → 2026-12-01 10:00']);
  });

  it('reads a floating time, or a zone nobody knows, on the practice’s clock', () => {
    expect(
      busyOf(
        calendarOf(
          event('DTSTART:20261201T090000', 'DTEND:20261201T093000'),
          event(
            'DTSTART;TZID=Somewhere Else:20261202T090000',
            'DTEND;TZID=Somewhere Else:20261202T093000',
          ),
        ),
      ),
    ).toEqual(['2026-12-01 09:00 → 2026-12-01 09:30', '2026-12-02 09:00 → 2026-12-02 09:30']);
  });

  it('blocks every day of an all-day event, one day when it has no end, and each of a series', () => {
    expect(
      busyOf(
        calendarOf(
          event('DTSTART;VALUE=DATE:20261214', 'DTEND;VALUE=DATE:20261216'),
          event('DTSTART;VALUE=DATE:20261201'),
          event(
            'DTSTART;VALUE=DATE:20261127',
            'RRULE:FREQ=WEEKLY;COUNT=3',
            'DTEND;VALUE=DATE:20261128',
          ),
        ),
      ),
    ).toEqual([
      '2026-12-14 00:00 → 2026-12-16 00:00',
      '2026-12-01 00:00 → 2026-12-02 00:00',
      // The series' first day, 27 November, ends before the window starts.
      '2026-12-04 00:00 → 2026-12-05 00:00',
      '2026-12-11 00:00 → 2026-12-12 00:00',
    ]);
  });

  it('takes an event’s DURATION and a series’ UNTIL', () => {
    expect(
      busyOf(
        calendarOf(
          event('DTSTART:20261201T170000Z', 'DURATION:PT90M'),
          event(
            'DTSTART:20261130T170000Z',
            'DTEND:20261130T171500Z',
            'RRULE:FREQ=DAILY;UNTIL=20261202T170000Z',
          ),
        ),
      ),
    ).toEqual([
      '2026-12-01 09:00 → 2026-12-01 10:30',
      '2026-11-30 09:00 → 2026-11-30 09:15',
      '2026-12-01 09:00 → 2026-12-01 09:15',
      '2026-12-02 09:00 → 2026-12-02 09:15',
    ]);
  });

  it('follows an occurrence moved into the window from after it, and frees a cancelled one', () => {
    const series = [
      'UID:series@test',
      'DTSTART;TZID=America/Los_Angeles:20261202T140000',
      'DTEND;TZID=America/Los_Angeles:20261202T150000',
      'RRULE:FREQ=MONTHLY;COUNT=3',
    ];
    const text = calendarOf(
      ['BEGIN:VEVENT', 'DTSTAMP:20261101T000000Z', ...series, 'END:VEVENT'].join('\r\n'),
      // January's occurrence, far outside the window, brought forward to 14 December.
      [
        'BEGIN:VEVENT',
        'UID:series@test',
        'DTSTAMP:20261101T000000Z',
        'RECURRENCE-ID;TZID=America/Los_Angeles:20270102T140000',
        'DTSTART;TZID=America/Los_Angeles:20261214T100000',
        'DTEND;TZID=America/Los_Angeles:20261214T110000',
        'END:VEVENT',
      ].join('\r\n'),
      // December's occurrence, cancelled on its own.
      [
        'BEGIN:VEVENT',
        'UID:series@test',
        'DTSTAMP:20261101T000000Z',
        'RECURRENCE-ID;TZID=America/Los_Angeles:20261202T140000',
        'DTSTART;TZID=America/Los_Angeles:20261202T140000',
        'DTEND;TZID=America/Los_Angeles:20261202T150000',
        'STATUS:CANCELLED',
        'END:VEVENT',
      ].join('\r\n'),
      // A changed occurrence shared without its series counts on its own.
      [
        'BEGIN:VEVENT',
        'UID:someone-elses-series@test',
        'DTSTAMP:20261101T000000Z',
        'RECURRENCE-ID:20261203T170000Z',
        'DTSTART:20261203T180000Z',
        'DTEND:20261203T183000Z',
        'END:VEVENT',
      ].join('\r\n'),
    );
    expect(busyOf(text)).toEqual([
      '2026-12-14 10:00 → 2026-12-14 11:00',
      '2026-12-03 10:00 → 2026-12-03 10:30',
    ]);
  });

  it('keeps each changed occurrence to its own series', () => {
    const weeklyOnMonday = (uid: string) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20261101T000000Z',
      'DTSTART:20261130T170000Z',
      'DTEND:20261130T173000Z',
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'END:VEVENT',
    ];
    const text = calendarOf(
      ...weeklyOnMonday('a@test'),
      ...weeklyOnMonday('b@test'),
      // b's first session moves to Tuesday; a's stays on Monday.
      'BEGIN:VEVENT',
      'UID:b@test',
      'DTSTAMP:20261101T000000Z',
      'RECURRENCE-ID:20261130T170000Z',
      'DTSTART:20261201T180000Z',
      'DTEND:20261201T183000Z',
      'END:VEVENT',
    );
    expect(busyOf(text).sort()).toEqual([
      '2026-11-30 09:00 → 2026-11-30 09:30',
      '2026-12-01 10:00 → 2026-12-01 10:30',
      '2026-12-07 09:00 → 2026-12-07 09:30',
      '2026-12-07 09:00 → 2026-12-07 09:30',
    ]);
  });

  it('refuses a series that repeats too often to lay out, rather than reading part of it', () => {
    const text = calendarOf(
      event('DTSTART:20260101T000000Z', 'DTEND:20260101T000100Z', 'RRULE:FREQ=MINUTELY;INTERVAL=5'),
    );
    expect(() => busyOf(text)).toThrow(UnreadableCalendarError);
    expect(() => busyOf(text)).toThrow(`more than ${MAX_OCCURRENCES_PER_EVENT} times`);
  });

  it('refuses what is not iCalendar without quoting it (it may name a client)', () => {
    expect(() => readICalendar('<!doctype html><title>Sign in</title>')).toThrow(
      new UnreadableCalendarError('not an iCalendar feed'),
    );
    expect(() => readICalendar('')).toThrow(UnreadableCalendarError);
    const broken = calendarOf(event('SUMMARY:Session with Jane Client', 'DTSTART:Jane Client'));
    expect(() => busyOf(broken)).toThrow(
      new UnreadableCalendarError('an event in the feed could not be read'),
    );
  });

  it('reads an empty calendar as a free one', () => {
    expect(busyOf(calendarOf())).toEqual([]);
  });
});

describe('a calendar feed that cannot be read', () => {
  const secretPath =
    '/calendar/ical/therapist%40example.com/private-5ecret7oken/basic.ics?key=s3cret';

  async function offered(urls: string[], setup = reader()) {
    const result = await availability({ booking, now, taken: [], urls, feeds: setup.feeds });
    return { result, logs: setup.logs };
  }

  it.each([
    ['unreachable', () => unreachableUrl, 'could not be reached'],
    ['missing (404)', () => calendar.url('/missing.ics'), 'answered 404'],
    ['not a calendar', () => calendar.url('/not-a-calendar.ics'), 'not an iCalendar feed'],
  ])(
    'offers no slot when a feed is %s, though another was read, and logs it once by host',
    async (_, url, reason) => {
      const { result, logs } = await offered([calendar.url('/busy.ics'), url()]);
      const host = new URL(url()).host;
      expect(result).toEqual({ ok: false, reason: `${host}: ${reason}` });
      expect(logs).toEqual([
        `[booking] calendar feed at ${host}: ${reason}; no booking times are offered until it can be read`,
      ]);
    },
  );

  it.each([
    ['silent', '/no-answer.ics'],
    ['stalled mid-answer', '/stalled.ics'],
  ])('offers no slot when a feed is %s past the timeout', async (_, feed) => {
    const { result, logs } = await offered([calendar.url(feed)], reader({ timeoutMs: 300 }));
    const host = new URL(calendar.url(feed)).host;
    expect(result).toEqual({ ok: false, reason: `${host}: no answer within 300 ms` });
    expect(logs).toEqual([
      `[booking] calendar feed at ${host}: no answer within 300 ms; no booking times are offered until it can be read`,
    ]);
  });

  it('never logs or answers with the secret part of its address', async () => {
    const { result, logs } = await offered([calendar.url(secretPath)]);
    const said = JSON.stringify({ result, logs });
    expect(said).toContain(new URL(calendar.url('/')).host);
    for (const secret of ['5ecret7oken', 's3cret', 'therapist', 'basic.ics'])
      expect(said).not.toContain(secret);
  });

  it('is tried again a minute later, not by every visitor, and logged once per failure', async () => {
    const setup = reader();
    const url = calendar.url('/missing-for-a-while.ics');
    await offered([url], setup);
    await offered([url], setup);
    expect(calendar.requests('/missing-for-a-while.ics')).toBe(1);
    expect(setup.logs).toHaveLength(1);
    setup.advance(61_000);
    await offered([url], setup);
    expect(calendar.requests('/missing-for-a-while.ics')).toBe(2);
    expect(setup.logs).toHaveLength(2);
    // Once it is back, its events count.
    calendar.setFeed(
      '/missing-for-a-while.ics',
      calendarOf(event('DTSTART:20261130T170000Z', 'DTEND:20261130T173000Z')),
    );
    setup.advance(61_000);
    const { result } = await offered([url], setup);
    expect(result.ok && local(result.days)[0]).toBe('2026-11-30 09:30');
  });
});

describe('the copy of a feed', () => {
  it('is fetched once for many visitors at once and kept a few minutes', async () => {
    const setup = reader();
    const feed = '/kept.ics';
    calendar.setFeed(feed, calendarOf(event('DTSTART:20261130T170000Z', 'DTEND:20261130T173000Z')));
    const url = calendar.url(feed);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        availability({ booking, now, taken: [], urls: [url], feeds: setup.feeds }),
      ),
    );
    expect(calendar.requests(feed)).toBe(1);
    expect(results.every((r) => r.ok && local(r.days)[0] === '2026-11-30 09:30')).toBe(true);

    // The therapist adds an event: the site sees it once the copy is five minutes old.
    calendar.setFeed(feed, calendarOf(event('DTSTART:20261130T170000Z', 'DTEND:20261130T180000Z')));
    setup.advance(4 * 60_000);
    const stillKept = await availability({
      booking,
      now,
      taken: [],
      urls: [url],
      feeds: setup.feeds,
    });
    expect(stillKept.ok && local(stillKept.days)[0]).toBe('2026-11-30 09:30');
    setup.advance(61_000);
    const readAgain = await availability({
      booking,
      now,
      taken: [],
      urls: [url],
      feeds: setup.feeds,
    });
    expect(calendar.requests(feed)).toBe(2);
    expect(readAgain.ok && local(readAgain.days)[0]).toBe('2026-11-30 10:00');
    expect(setup.logs).toEqual([]);
  });
});

describe('without calendar feeds', () => {
  it('offers the weekly hours less the bookings', async () => {
    const result = await availability({
      booking,
      now,
      taken: [{ start: at('2026-11-30 09:00'), end: at('2026-11-30 09:30') }],
      urls: [],
      feeds: reader().feeds,
    });
    expect(result.ok && local(result.days).slice(0, 2)).toEqual([
      '2026-11-30 09:30',
      '2026-11-30 10:00',
    ]);
  });
});
