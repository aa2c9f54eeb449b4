import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bookingSchema } from '@/lib/booking/settings';

/** The settings as the issue writes them. */
const example = {
  minutes: 15,
  timeZone: 'America/Los_Angeles',
  weekly: { mon: ['09:00-12:00', '13:00-17:00'], tue: [] },
  bufferMinutes: 10,
  minNoticeHours: 24,
  daysAhead: 21,
  closedDates: ['2026-12-25'],
};

/** What the therapist reads when the build stops: each message with the field it is about. */
function problems(settings: unknown): string[] {
  const result = z.object({ booking: bookingSchema.optional() }).safeParse({ booking: settings });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the booking settings', () => {
  it('accept the hours as the issue writes them, every weekday present', () => {
    expect(bookingSchema.parse(example)).toEqual({
      ...example,
      weekly: {
        mon: ['09:00-12:00', '13:00-17:00'],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
    });
  });

  it('are optional: a practice without them books no times', () => {
    expect(problems(undefined)).toEqual([]);
  });

  it('fill in the usual values and tidy how a period is written', () => {
    expect(bookingSchema.parse({ weekly: { wed: ['9:00 - 11:30', '13:00–14:00'] } })).toEqual({
      minutes: 15,
      timeZone: 'America/Los_Angeles',
      weekly: {
        mon: [],
        tue: [],
        wed: ['09:00-11:30', '13:00-14:00'],
        thu: [],
        fri: [],
        sat: [],
        sun: [],
      },
      bufferMinutes: 0,
      minNoticeHours: 24,
      daysAhead: 21,
      closedDates: [],
    });
  });

  it('name the period that ends before it starts', () => {
    expect(problems({ ...example, weekly: { mon: ['09:00-12:00', '13:00-12:00'] } })).toEqual([
      'booking.weekly.mon.1: "13:00-12:00" ends before it starts: write it as start-end in 24-hour time, e.g. "09:00-12:00" (a period cannot pass midnight)',
    ]);
  });

  it('name a period that is no time of day', () => {
    expect(problems({ ...example, weekly: { fri: ['9am-5pm', '23:00-24:00'] } })).toEqual([
      'booking.weekly.fri.0: "9am-5pm" is not a period: write it as start-end in 24-hour time, e.g. "09:00-12:00"',
      'booking.weekly.fri.1: "23:00-24:00" is not a period: write it as start-end in 24-hour time, e.g. "09:00-12:00"',
    ]);
  });

  it('name the periods that overlap, even inside one long period', () => {
    expect(problems({ ...example, weekly: { mon: ['09:00-12:00', '11:30-13:00'] } })).toEqual([
      'booking.weekly.mon.1: "11:30-13:00" overlaps "09:00-12:00": join them into one period or move one',
    ]);
    expect(
      problems({ ...example, weekly: { tue: ['13:00-14:00', '09:00-17:00', '10:00-11:00'] } }),
    ).toEqual([
      'booking.weekly.tue.2: "10:00-11:00" overlaps "09:00-17:00": join them into one period or move one',
      'booking.weekly.tue.0: "13:00-14:00" overlaps "09:00-17:00": join them into one period or move one',
    ]);
  });

  it('let periods touch', () => {
    expect(problems({ ...example, weekly: { mon: ['09:00-12:00', '12:00-13:00'] } })).toEqual([]);
  });

  it('name a period too short for one consultation', () => {
    expect(problems({ ...example, minutes: 30, weekly: { thu: ['09:00-09:20'] } })).toEqual([
      'booking.weekly.thu.0: "09:00-09:20" is shorter than one 30-minute consultation',
    ]);
  });

  it('name a time zone the server does not know, or an offset instead of a place', () => {
    expect(problems({ ...example, timeZone: 'Pacific Time' })).toEqual([
      'booking.timeZone: "Pacific Time" is not a time zone this server knows: use an IANA name such as "America/Los_Angeles"',
    ]);
    expect(problems({ ...example, timeZone: '-08:00' })).toHaveLength(1);
    expect(problems({ ...example, timeZone: 'America/New_York' })).toEqual([]);
  });

  it('name a closed date that is not a real day', () => {
    expect(
      problems({ ...example, closedDates: ['2026-12-25', '2027-02-29', '12/31/2026'] }),
    ).toEqual([
      'booking.closedDates.1: must be a date written YYYY-MM-DD, e.g. "2026-12-25"',
      'booking.closedDates.2: must be a date written YYYY-MM-DD, e.g. "2026-12-25"',
    ]);
  });

  it('name a misspelt setting or day instead of ignoring it', () => {
    expect(problems({ ...example, buffer: 10, weekly: { monday: ['09:00-12:00'] } })).toEqual([
      'booking.weekly: "monday": name the days mon, tue, wed, thu, fri, sat, sun',
      'booking: unknown setting "buffer": the settings are minutes, timeZone, weekly, bufferMinutes, minNoticeHours, daysAhead and closedDates',
    ]);
  });

  it('name numbers out of range', () => {
    expect(
      problems({
        ...example,
        minutes: 7.5,
        bufferMinutes: -5,
        minNoticeHours: 'a day',
        daysAhead: 0,
      }),
    ).toEqual([
      'booking.minutes: must be a whole number of minutes',
      'booking.bufferMinutes: must be at least 0',
      'booking.minNoticeHours: must be a number of hours',
      'booking.daysAhead: must be at least 1',
    ]);
  });
});
