import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { bookingSchema, type BookingInput } from '@/lib/booking/settings';
import {
  bookingWindow,
  findOpenSlot,
  openSlots,
  type SlotDay,
  type TimeSpan,
} from '@/lib/booking/slots';
import { dayClock, instantsAt } from '@/lib/booking/zoned-time';

const zone = 'America/Los_Angeles';

function settings(overrides: Partial<BookingInput> = {}) {
  return bookingSchema.parse({
    minutes: 15,
    timeZone: zone,
    weekly: { mon: ['09:00-12:00', '13:00-17:00'] },
    bufferMinutes: 0,
    minNoticeHours: 0,
    daysAhead: 21,
    ...overrides,
  });
}

/** Wall-clock time in the practice's zone, e.g. "2026-11-30 09:00" → its instant. */
function at(local: string): Date {
  const zoned = Temporal.PlainDateTime.from(local.replace(' ', 'T')).toZonedDateTime(zone);
  return new Date(zoned.epochMilliseconds);
}

function span(from: string, to: string): TimeSpan {
  return { start: at(from), end: at(to) };
}

/** Each open slot as the therapist reads it: "2026-11-30 09:00" (add the offset on DST days). */
function local(days: SlotDay[], withOffset = false): string[] {
  return days.flatMap((day) =>
    day.slots.map((slot) => {
      const zoned = Temporal.Instant.from(slot.start).toZonedDateTimeISO(zone);
      const text = zoned.toPlainDateTime().toString().replace('T', ' ').slice(0, 16);
      expect(zoned.toPlainDate().toString()).toBe(day.date);
      return withOffset ? `${text} ${zoned.offset}` : text;
    }),
  );
}

/** Monday 30 November 2026, 07:00 in San Jose: before the day's first hour. */
const mondayMorning = at('2026-11-30 07:00');

function mondaySlots(query: { busy?: TimeSpan[]; taken?: TimeSpan[]; bufferMinutes?: number }) {
  return local(
    openSlots({
      booking: settings({ bufferMinutes: query.bufferMinutes ?? 0, daysAhead: 1 }),
      busy: query.busy ?? [],
      taken: query.taken ?? [],
      now: mondayMorning,
    }),
  );
}

const quarterHours = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    Temporal.PlainDateTime.from(from.replace(' ', 'T'))
      .add({ minutes: 15 * i })
      .toString()
      .replace('T', ' ')
      .slice(0, 16),
  );

describe('open slots from the weekly hours', () => {
  it('lays the slots back to back in each period, in the practice’s time zone', () => {
    const days = openSlots({
      booking: settings({ daysAhead: 1 }),
      busy: [],
      taken: [],
      now: mondayMorning,
    });
    expect(days).toHaveLength(1);
    expect(days[0]!.date).toBe('2026-11-30');
    expect(days[0]!.slots[0]).toEqual({
      start: '2026-11-30T17:00:00Z',
      end: '2026-11-30T17:15:00Z',
    });
    expect(local(days)).toEqual([
      ...quarterHours('2026-11-30 09:00', 12),
      ...quarterHours('2026-11-30 13:00', 16),
    ]);
  });

  it('offers only the days with hours, for daysAhead days counting today', () => {
    const days = openSlots({
      booking: settings({ weekly: { mon: ['09:00-09:30'], wed: ['10:00-10:15'] }, daysAhead: 10 }),
      busy: [],
      taken: [],
      now: mondayMorning,
    });
    // Monday 30 November to Wednesday 9 December: the tenth day is the last one offered.
    expect(days.map((day) => day.date)).toEqual([
      '2026-11-30',
      '2026-12-02',
      '2026-12-07',
      '2026-12-09',
    ]);
    expect(
      openSlots({
        booking: settings({ weekly: { mon: ['09:00-09:30'], wed: ['10:00-10:15'] }, daysAhead: 9 }),
        busy: [],
        taken: [],
        now: mondayMorning,
      }).map((day) => day.date),
    ).toEqual(['2026-11-30', '2026-12-02', '2026-12-07']);
  });

  it('offers no slot in the past', () => {
    const now = at('2026-11-30 10:07');
    const slots = local(
      openSlots({ booking: settings({ daysAhead: 1 }), busy: [], taken: [], now }),
    );
    // 10:00 has started: the first slot is the next one.
    expect(slots[0]).toBe('2026-11-30 10:15');
    expect(slots.every((slot) => slot >= '2026-11-30 10:15')).toBe(true);
    expect(slots).toHaveLength(7 + 16);
  });

  it('offers no slot inside the minimum notice, and the first one exactly at it', () => {
    const booking = settings({
      weekly: { mon: ['09:00-12:00'], tue: ['09:00-12:00'] },
      minNoticeHours: 24,
      daysAhead: 2,
    });
    const slots = local(openSlots({ booking, busy: [], taken: [], now: at('2026-11-30 10:15') }));
    expect(slots).toEqual(quarterHours('2026-12-01 10:15', 7));
    const justAfter = local(
      openSlots({ booking, busy: [], taken: [], now: at('2026-11-30 10:16') }),
    );
    expect(justAfter[0]).toBe('2026-12-01 10:30');
  });

  it('offers nothing on a closed date and everything on the days around it', () => {
    const days = openSlots({
      booking: settings({
        weekly: { mon: ['09:00-09:15'] },
        closedDates: ['2026-12-07'],
        daysAhead: 15,
      }),
      busy: [],
      taken: [],
      now: mondayMorning,
    });
    expect(days.map((day) => day.date)).toEqual(['2026-11-30', '2026-12-14']);
  });

  it('removes exactly the slots a busy event overlaps; touching is not overlapping', () => {
    const all = mondaySlots({});
    const removed = (busy: TimeSpan[]) =>
      all.filter((slot) => !mondaySlots({ busy }).includes(slot));
    expect(removed([span('2026-11-30 10:00', '2026-11-30 10:45')])).toEqual([
      '2026-11-30 10:00',
      '2026-11-30 10:15',
      '2026-11-30 10:30',
    ]);
    expect(removed([span('2026-11-30 10:05', '2026-11-30 10:20')])).toEqual([
      '2026-11-30 10:00',
      '2026-11-30 10:15',
    ]);
    expect(removed([span('2026-11-30 12:00', '2026-11-30 13:00')])).toEqual([]);
    // An event of several days takes every slot it covers.
    expect(removed([span('2026-11-29 18:00', '2026-12-01 08:00')])).toEqual(all);
  });

  it('keeps the buffer free before and after a busy event', () => {
    const all = mondaySlots({ bufferMinutes: 10 });
    const busy = [span('2026-11-30 10:00', '2026-11-30 10:45')];
    const left = mondaySlots({ busy, bufferMinutes: 10 });
    const removed = all.filter((slot) => !left.includes(slot));
    // 09:45-10:00 ends 0 minutes before it, 10:45-11:00 starts 0 minutes after it: both inside 10.
    // 09:30-09:45 ends 15 minutes before, 11:00 starts 15 minutes after: both open.
    expect(removed).toEqual([
      '2026-11-30 09:45',
      '2026-11-30 10:00',
      '2026-11-30 10:15',
      '2026-11-30 10:30',
      '2026-11-30 10:45',
    ]);
  });

  it('takes booked slots away with their buffer', () => {
    const taken = [span('2026-11-30 11:00', '2026-11-30 11:15')];
    const all = mondaySlots({ bufferMinutes: 10 });
    const left = mondaySlots({ taken, bufferMinutes: 10 });
    const removed = all.filter((slot) => !left.includes(slot));
    expect(removed).toEqual(['2026-11-30 10:45', '2026-11-30 11:00', '2026-11-30 11:15']);
    // Without a buffer only the booked slot goes.
    const leftWithoutBuffer = mondaySlots({ taken });
    expect(mondaySlots({}).filter((slot) => !leftWithoutBuffer.includes(slot))).toEqual([
      '2026-11-30 11:00',
    ]);
  });

  it('accepts busy times as ISO strings in any offset', () => {
    const busy = [{ start: '2026-11-30T13:00:00-05:00', end: '2026-11-30T18:15:00.000Z' }];
    const left = mondaySlots({ busy });
    expect(mondaySlots({}).filter((slot) => !left.includes(slot))).toEqual(['2026-11-30 10:00']);
    expect(() => mondaySlots({ busy: [{ start: 'soon', end: 'later' }] })).toThrow(
      /Not an instant/,
    );
  });
});

describe('the slot chosen at submit', () => {
  const query = { booking: settings({ daysAhead: 1 }), busy: [], taken: [], now: mondayMorning };

  it('is found whatever ISO form of its start the form sends back', () => {
    const slot = { start: '2026-11-30T17:00:00Z', end: '2026-11-30T17:15:00Z' };
    expect(findOpenSlot({ ...query, start: '2026-11-30T17:00:00Z' })).toEqual(slot);
    expect(findOpenSlot({ ...query, start: '2026-11-30T09:00:00.000-08:00' })).toEqual(slot);
  });

  it('is refused once taken, busy, past, off the grid or not a time at all', () => {
    const start = '2026-11-30T17:00:00Z';
    expect(
      findOpenSlot({ ...query, start, taken: [span('2026-11-30 09:00', '2026-11-30 09:15')] }),
    ).toBeNull();
    expect(
      findOpenSlot({ ...query, start, busy: [span('2026-11-30 08:55', '2026-11-30 09:05')] }),
    ).toBeNull();
    expect(findOpenSlot({ ...query, start, now: at('2026-11-30 09:01') })).toBeNull();
    expect(findOpenSlot({ ...query, start: '2026-11-30T17:05:00Z' })).toBeNull();
    expect(findOpenSlot({ ...query, start: 'tomorrow' })).toBeNull();
  });
});

describe('the booking window, for reading the calendar', () => {
  it('runs from the buffer before the earliest slot to the buffer after the last day', () => {
    const window = bookingWindow({
      booking: settings({ minNoticeHours: 24, bufferMinutes: 10, daysAhead: 21 }),
      now: mondayMorning,
    });
    expect(window.start).toEqual(new Date(at('2026-12-01 07:00').getTime() - 10 * 60_000));
    // 21 days counting Monday 30 November: the last is Sunday 20 December.
    expect(window.end).toEqual(new Date(at('2026-12-21 00:00').getTime() + 10 * 60_000));
  });
});

describe('open slots across the clock changes in America/Los_Angeles', () => {
  const weekend = (now: string, daysAhead: number, hours: string[]) =>
    local(
      openSlots({
        booking: settings({
          weekly: { fri: hours, sat: hours, sun: hours, mon: hours },
          daysAhead,
        }),
        busy: [],
        taken: [],
        now: at(now),
      }),
      true,
    );

  it('keeps 09:00 at 09:00 local on both sides of the March change (14 March 2027)', () => {
    expect(weekend('2027-03-13 00:00', 3, ['09:00-09:30'])).toEqual([
      '2027-03-13 09:00 -08:00',
      '2027-03-13 09:15 -08:00',
      '2027-03-14 09:00 -07:00',
      '2027-03-14 09:15 -07:00',
      '2027-03-15 09:00 -07:00',
      '2027-03-15 09:15 -07:00',
    ]);
  });

  it('keeps 09:00 at 09:00 local on both sides of the November changes (2026 and 2027)', () => {
    expect(weekend('2026-10-31 00:00', 3, ['09:00-09:30'])).toEqual([
      '2026-10-31 09:00 -07:00',
      '2026-10-31 09:15 -07:00',
      '2026-11-01 09:00 -08:00',
      '2026-11-01 09:15 -08:00',
      '2026-11-02 09:00 -08:00',
      '2026-11-02 09:15 -08:00',
    ]);
    expect(weekend('2027-11-06 00:00', 2, ['09:00-09:15'])).toEqual([
      '2027-11-06 09:00 -07:00',
      '2027-11-07 09:00 -08:00',
    ]);
  });

  it('offers the real hour of 01:00-03:00 on the spring-forward night, nothing in the skipped hour', () => {
    const slots = weekend('2027-03-14 00:00', 1, ['01:00-03:00']);
    expect(slots).toEqual([
      '2027-03-14 01:00 -08:00',
      '2027-03-14 01:15 -08:00',
      '2027-03-14 01:30 -08:00',
      '2027-03-14 01:45 -08:00',
    ]);
    // A period wholly inside the skipped hour has no slot; one starting in it begins at 03:00.
    expect(weekend('2027-03-14 00:00', 1, ['02:00-02:45'])).toEqual([]);
    expect(weekend('2027-03-14 00:00', 1, ['02:30-03:30'])).toEqual([
      '2027-03-14 03:00 -07:00',
      '2027-03-14 03:15 -07:00',
    ]);
  });

  it('offers the three real hours of 01:00-03:00 on the fall-back night, each slot once', () => {
    const days = openSlots({
      booking: settings({ weekly: { sun: ['01:00-03:00'] }, daysAhead: 1 }),
      busy: [],
      taken: [],
      now: at('2026-11-01 00:00'),
    });
    expect(local(days, true)).toEqual([
      '2026-11-01 01:00 -07:00',
      '2026-11-01 01:15 -07:00',
      '2026-11-01 01:30 -07:00',
      '2026-11-01 01:45 -07:00',
      '2026-11-01 01:00 -08:00',
      '2026-11-01 01:15 -08:00',
      '2026-11-01 01:30 -08:00',
      '2026-11-01 01:45 -08:00',
      '2026-11-01 02:00 -08:00',
      '2026-11-01 02:15 -08:00',
      '2026-11-01 02:30 -08:00',
      '2026-11-01 02:45 -08:00',
    ]);
    const starts = days[0]!.slots.map((slot) => Date.parse(slot.start));
    // Back to back in real time: 12 quarter hours, none doubled, none lost.
    expect(starts.every((start, i) => i === 0 || start - starts[i - 1]! === 15 * 60_000)).toBe(
      true,
    );
  });

  it('never lays two overlapping slots in the repeated hour, whatever the length', () => {
    const days = openSlots({
      booking: settings({ minutes: 45, weekly: { sun: ['01:00-02:30'] }, daysAhead: 1 }),
      busy: [],
      taken: [],
      now: at('2026-11-01 00:00'),
    });
    const slots = days[0]!.slots.map((slot) => [Date.parse(slot.start), Date.parse(slot.end)]);
    // 01:00 and 01:45 come twice; 01:00 PST would begin inside 01:45 PDT-01:30 PST.
    expect(local(days, true)).toEqual([
      '2026-11-01 01:00 -07:00',
      '2026-11-01 01:45 -07:00',
      '2026-11-01 01:45 -08:00',
    ]);
    expect(slots.every(([start], i) => i === 0 || start! >= slots[i - 1]![1]!)).toBe(true);
  });

  it('counts the minimum notice in real hours across a change', () => {
    // 24 real hours after Saturday 09:00 PDT is Sunday 08:00 PST, not 09:00.
    expect(
      local(
        openSlots({
          booking: settings({ weekly: { sun: ['07:30-08:30'] }, minNoticeHours: 24, daysAhead: 2 }),
          busy: [],
          taken: [],
          now: at('2026-10-31 09:00'),
        }),
        true,
      ),
    ).toEqual(['2026-11-01 08:00 -08:00', '2026-11-01 08:15 -08:00']);
  });
});

describe('the clock of a local day', () => {
  it('gives the same instants by its shortcut as by asking the time zone for each reading', () => {
    const zones = [
      zone,
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (timeZone, dayOffset, minuteOfDay) => {
          const date = Temporal.PlainDate.from('2026-01-01').add({ days: dayOffset });
          expect(dayClock(date, timeZone)(minuteOfDay)).toEqual(
            instantsAt(date, minuteOfDay, timeZone),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('checks the shortcut on the days the clocks change, where it must not be taken', () => {
    for (const [day, minute, expected] of [
      ['2027-03-14', 150, []],
      ['2027-03-14', 90, ['2027-03-14T09:30:00.000Z']],
      ['2026-11-01', 90, ['2026-11-01T08:30:00.000Z', '2026-11-01T09:30:00.000Z']],
    ] as const) {
      const instants = dayClock(Temporal.PlainDate.from(day), zone)(minute);
      expect(instants.map((ms) => new Date(ms).toISOString())).toEqual(expected);
    }
  });
});
