import { describe, expect, it } from 'vitest';
import committed from '@/content/practice.json';
import { fieldsFor } from '@/lib/content/editor-fields';
import { bookingSettings } from '@/lib/booking/offer';
import { parsePractice, practiceSchema } from '@/lib/practice';
import filled from '../fixtures/practice/filled.json';

const withBooking = (booking: unknown) => parsePractice({ ...filled, booking });

describe('the booking block of the practice settings', () => {
  it('is left out of the committed settings: the consultation page is the request form alone', () => {
    expect(parsePractice(committed).booking).toBeUndefined();
    expect(bookingSettings(parsePractice(committed))).toBeNull();
  });

  it('offers booking once a day has hours, with the defaults filled in', () => {
    const practice = withBooking({ weekly: { tue: ['9:00 - 12:00'] } });
    expect(bookingSettings(practice)).toMatchObject({
      minutes: 15,
      timeZone: 'America/Los_Angeles',
      weekly: { tue: ['09:00-12:00'], mon: [] },
      minNoticeHours: 24,
      daysAhead: 21,
    });
  });

  it('is off while no day has hours (what the editor writes before she sets any)', () => {
    const practice = withBooking({
      minutes: 15,
      timeZone: 'America/Los_Angeles',
      weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      bufferMinutes: 0,
      minNoticeHours: 24,
      daysAhead: 21,
      closedDates: [],
    });
    expect(practice.booking).toBeDefined();
    expect(bookingSettings(practice)).toBeNull();
  });

  it('fails the build naming the file and the field when the hours are wrong', () => {
    expect(() => withBooking({ weekly: { mon: ['12:00-09:00'] } })).toThrow(
      /content\/practice\.json is not valid:[\s\S]*ends before it starts[\s\S]*at booking\.weekly\.mon\[0\]/,
    );
  });

  it('is edited in the editor with the same fields, numbers as numbers and the defaults set', () => {
    const booking = fieldsFor(practiceSchema).booking as unknown as {
      kind: string;
      fields: Record<string, { kind: string; defaultValue?: () => unknown; fields?: object }>;
    };
    expect(booking.kind).toBe('object');
    expect(Object.keys(booking.fields)).toEqual([
      'minutes',
      'timeZone',
      'weekly',
      'bufferMinutes',
      'minNoticeHours',
      'daysAhead',
      'closedDates',
    ]);
    expect(booking.fields.minutes!.defaultValue?.()).toBe(15);
    expect(booking.fields.timeZone!.defaultValue?.()).toBe('America/Los_Angeles');
    expect(Object.keys(booking.fields.weekly!.fields!)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });
});
