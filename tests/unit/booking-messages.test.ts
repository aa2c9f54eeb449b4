import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookingMessages, type BookingFacts } from '@/lib/booking/messages';
import { slotChoice } from '@/lib/booking/slot-choice';
import { openSlots } from '@/lib/booking/slots';
import { bookingSchema } from '@/lib/booking/settings';
import type { EmailToRender } from '@/lib/db/schema';
import { verifyLink } from '@/lib/signed-links';

const zone = 'America/Los_Angeles';
const secret = 'a-test-secret-of-enough-length';

function facts(start: string, end: string, overrides: Partial<BookingFacts> = {}): BookingFacts {
  return {
    id: 'b1d2c3',
    sequence: 0,
    slot: { start, end },
    name: 'Ana Pérez',
    email: 'ana@example.org',
    phone: '',
    sessionFormat: 'telehealth',
    ...overrides,
  };
}

function invitation(payload: EmailToRender) {
  const file = payload.attachments?.[0];
  const calendar = new ICAL.Component(
    ICAL.parse(Buffer.from(file!.content, 'base64').toString('utf8')),
  );
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    filename: file!.filename,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    location: event.getFirstPropertyValue('location'),
  };
}

const payloads = (items: ReturnType<typeof bookingMessages>) =>
  items.map((item) => item.payload as EmailToRender);

describe('the e-mails of a booking, across the clock changes', () => {
  // 10:00 in San Jose: daylight time the Monday after the March change, standard time the Monday
  // after the November one.
  for (const [label, start, end, written] of [
    [
      'March',
      '2026-03-09T17:00:00Z',
      '2026-03-09T17:30:00Z',
      'Monday, March 9, 2026, 10:00–10:30 AM Pacific Time (PDT)',
    ],
    [
      'November',
      '2026-11-02T18:00:00Z',
      '2026-11-02T18:30:00Z',
      'Monday, November 2, 2026, 10:00–10:30 AM Pacific Time (PST)',
    ],
  ] as const) {
    it(`invites both to 10:00 Pacific after the ${label} change, and writes it out so`, () => {
      const now = new Date('2026-02-01T12:00:00Z');
      const [toPractice, toHer] = payloads(
        bookingMessages('booked', facts(start, end), { now, secret, timeZone: zone }),
      );
      for (const payload of [toPractice!, toHer!]) {
        const ics = invitation(payload);
        expect(ics).toMatchObject({
          method: 'REQUEST',
          sequence: 0,
          start: new Date(start).toISOString(),
        });
        expect(ics.location).toBe('Phone or video call');
        expect(JSON.stringify(payload.template.props)).toContain(written);
      }
      expect(toHer!.to).toEqual(['ana@example.org']);
      expect(toPractice!.subject).toContain(written);
    });
  }

  it('her link opens her booking until it starts, and only hers', () => {
    const start = '2026-03-09T17:00:00Z';
    const [, toHer] = payloads(
      bookingMessages('booked', facts(start, '2026-03-09T17:30:00Z'), {
        now: new Date('2026-02-01T12:00:00Z'),
        secret,
        timeZone: zone,
      }),
    );
    const url = new URL(String(toHer!.template.props.manageUrl));
    expect(url.pathname).toBe('/consultation/booking');
    const token = url.searchParams.get('token')!;
    const before = verifyLink(token, 'booking', Date.parse(start) - 1, secret);
    expect(before).toMatchObject({ ok: true, claims: { bookingId: 'b1d2c3' } });
    expect(verifyLink(token, 'booking', Date.parse(start) + 1, secret)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyLink(token, 'booking', Date.parse(start) - 1, 'another-secret-entirely')).toEqual({
      ok: false,
      reason: 'forged',
    });
  });

  it('a cancellation keeps the UID, raises the SEQUENCE and sends no link; a reminder has no invitation', () => {
    const now = new Date('2026-02-01T12:00:00Z');
    const slot = facts('2026-11-02T18:00:00Z', '2026-11-02T18:30:00Z', {
      sequence: 2,
      sessionFormat: 'in-person',
    });
    const booked = payloads(
      bookingMessages('booked', { ...slot, sequence: 0 }, { now, secret, timeZone: zone }),
    );
    const cancelled = payloads(bookingMessages('cancelled', slot, { now, secret, timeZone: zone }));
    for (const payload of cancelled) {
      const ics = invitation(payload);
      expect(ics).toMatchObject({ method: 'CANCEL', sequence: 2, uid: invitation(booked[0]!).uid });
      expect(ics.filename).toBe('consultation-cancelled.ics');
    }
    expect(cancelled[1]!.template.props.manageUrl).toBeUndefined();
    const reminder = payloads(bookingMessages('reminder', slot, { now, secret, timeZone: zone }));
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.attachments).toBeUndefined();
    expect(reminder[0]!.to).toEqual(['ana@example.org']);
  });
});

describe('the times as the form shows them, across the clock changes', () => {
  const booking = bookingSchema.parse({
    minutes: 30,
    weekly: { sat: ['09:00-10:00'], sun: ['09:00-10:00'] },
    minNoticeHours: 0,
    daysAhead: 3,
  });
  for (const [label, now, days] of [
    ['March', '2026-03-07T08:00:00Z', ['Saturday, March 7', 'Sunday, March 8']],
    ['November', '2026-10-31T08:00:00Z', ['Saturday, October 31', 'Sunday, November 1']],
  ] as const) {
    it(`labels 9:00 as 9:00 on both sides of the ${label} change`, () => {
      const open = openSlots({ booking, busy: [], taken: [], now: new Date(now) });
      const choice = slotChoice(open, { timeZone: zone, minutes: 30, limit: 24 });
      expect(choice.zoneName).toBe('Pacific Time');
      expect(choice.days.map((day) => day.label)).toEqual(days);
      for (const day of choice.days)
        expect(day.slots.map((slot) => slot.label)).toEqual(['9:00–9:30 AM', '9:30–10:00 AM']);
      // The same clock reading, an hour apart in UTC.
      const [first, second] = choice.days.map((day) => Date.parse(day.slots[0]!.start));
      expect(second! - first!).toBe((label === 'March' ? 23 : 25) * 3_600_000);
    });
  }

  it('shows at most the first `limit` times', () => {
    const open = openSlots({ booking, busy: [], taken: [], now: new Date('2026-03-07T08:00:00Z') });
    const choice = slotChoice(open, { timeZone: zone, minutes: 30, limit: 3 });
    expect(choice.days.flatMap((day) => day.slots)).toHaveLength(3);
  });
});
