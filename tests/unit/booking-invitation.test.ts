import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatSlot } from '@/lib/booking/format';
import {
  consultationCancellation,
  consultationInvitation,
  consultationLocation,
  invitationUid,
  type InvitationDetails,
} from '@/lib/booking/invitation';

const zone = 'America/Los_Angeles';

const details: InvitationDetails = {
  bookingId: 'bk_7f3a',
  siteHost: 'moms.example.com',
  sequence: 0,
  slot: { start: '2026-12-01T17:00:00Z', end: '2026-12-01T17:15:00Z' },
  practiceName: 'Integrative Therapy for Moms',
  organizer: { name: 'Integrative Therapy for Moms', email: 'hello@example.com' },
  attendee: { name: 'Ana "Annie" Pérez, mom of two', email: 'ana@example.org' },
  location: consultationLocation('in-person', '123 Main St, Suite 4, San Jose, CA 95110'),
  description: 'Your free consultation.\nTo cancel or pick another time: the link below.',
  url: 'https://moms.example.com/consultation/manage?token=abc.def',
  now: new Date('2026-11-26T10:00:00Z'),
};

/** The file as a calendar reads it: ical.js, a different library from the one that wrote it. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const value = (name: string) => event.getFirstPropertyValue(name);
  const time = (name: string) => (value(name) as ICAL.Time).toJSDate().toISOString();
  const person = (name: string) => {
    const property = event.getFirstProperty(name)!;
    return { name: property.getParameter('cn'), address: String(property.getFirstValue()) };
  };
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: value('uid'),
    sequence: value('sequence'),
    status: value('status'),
    start: time('dtstart'),
    end: time('dtend'),
    summary: value('summary'),
    location: value('location'),
    description: value('description'),
    organizer: person('organizer'),
    attendee: person('attendee'),
    partstat: event.getFirstProperty('attendee')!.getParameter('partstat'),
  };
}

describe('the invitation', () => {
  it('asks both calendars to add the consultation, as written in the booking', () => {
    const ics = consultationInvitation(details);
    expect(read(ics)).toEqual({
      method: 'REQUEST',
      uid: 'bk_7f3a@moms.example.com',
      sequence: 0,
      status: 'CONFIRMED',
      start: '2026-12-01T17:00:00.000Z',
      end: '2026-12-01T17:15:00.000Z',
      summary: 'Free consultation with Integrative Therapy for Moms',
      location: '123 Main St, Suite 4, San Jose, CA 95110',
      description: 'Your free consultation.\nTo cancel or pick another time: the link below.',
      organizer: { name: 'Integrative Therapy for Moms', address: 'mailto:hello@example.com' },
      // A double quote cannot stand in a name parameter: it becomes a single one.
      attendee: { name: "Ana 'Annie' Pérez, mom of two", address: 'MAILTO:ana@example.org' },
      partstat: 'ACCEPTED',
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('keeps the time right on both sides of the clock changes', () => {
    for (const [start, end] of [
      ['2027-03-13T17:00:00Z', '2027-03-13T17:15:00Z'], // Saturday 09:00 PST
      ['2027-03-14T16:00:00Z', '2027-03-14T16:15:00Z'], // Sunday 09:00 PDT, the day clocks spring forward
      ['2026-11-01T08:45:00Z', '2026-11-01T09:00:00Z'], // 01:45 PDT-01:00 PST, the hour that repeats
      ['2027-11-07T17:00:00Z', '2027-11-07T17:15:00Z'], // Sunday 09:00 PST, the day clocks fall back
    ] as const) {
      const parsed = read(consultationInvitation({ ...details, slot: { start, end } }));
      expect([parsed.start, parsed.end]).toEqual([
        new Date(start).toISOString(),
        new Date(end).toISOString(),
      ]);
    }
  });

  it('says where: the practice’s address in person, a call by telehealth', () => {
    expect(consultationLocation('in-person', ' 123 Main St, San Jose ')).toBe(
      '123 Main St, San Jose',
    );
    expect(consultationLocation('telehealth', '123 Main St, San Jose')).toBe('Phone or video call');
    // An office address not filled in yet: the therapist calls.
    expect(consultationLocation('in-person', '')).toBe('Phone or video call');
  });

  it('has one UID per booking and site, whatever the version', () => {
    expect(invitationUid('bk_7f3a', 'Moms.Example.com')).toBe('bk_7f3a@moms.example.com');
    const moved = consultationInvitation({
      ...details,
      sequence: 1,
      slot: { start: '2026-12-02T18:00:00Z', end: '2026-12-02T18:15:00Z' },
    });
    expect(read(moved)).toMatchObject({ uid: 'bk_7f3a@moms.example.com', sequence: 1 });
  });
});

describe('the cancellation', () => {
  it('cancels the same event in both calendars, with a higher sequence', () => {
    const invitation = read(consultationInvitation(details));
    const cancellation = read(consultationCancellation({ ...details, sequence: 1 }));
    expect(cancellation).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: invitation.uid,
      sequence: 1,
      start: invitation.start,
      end: invitation.end,
      organizer: invitation.organizer,
      attendee: invitation.attendee,
    });
  });
});

describe('the time written out', () => {
  it('names the day, the times and the practice’s zone', () => {
    expect(formatSlot(details.slot, zone)).toBe(
      'Tuesday, December 1, 2026, 9:00–9:15 AM Pacific Time (PST)',
    );
    expect(formatSlot({ start: '2026-12-01T19:45:00Z', end: '2026-12-01T20:15:00Z' }, zone)).toBe(
      'Tuesday, December 1, 2026, 11:45 AM–12:15 PM Pacific Time (PST)',
    );
    expect(formatSlot({ start: '2026-12-01T17:00:00Z' }, zone)).toBe(
      'Tuesday, December 1, 2026, 9:00 AM Pacific Time (PST)',
    );
  });

  it('follows daylight saving time across the changes', () => {
    for (const [start, end, text] of [
      [
        '2027-03-13T17:00:00Z',
        '2027-03-13T17:15:00Z',
        'Saturday, March 13, 2027, 9:00–9:15 AM Pacific Time (PST)',
      ],
      [
        '2027-03-14T16:00:00Z',
        '2027-03-14T16:15:00Z',
        'Sunday, March 14, 2027, 9:00–9:15 AM Pacific Time (PDT)',
      ],
      [
        '2026-10-31T16:00:00Z',
        '2026-10-31T16:15:00Z',
        'Saturday, October 31, 2026, 9:00–9:15 AM Pacific Time (PDT)',
      ],
      [
        '2026-11-01T17:00:00Z',
        '2026-11-01T17:15:00Z',
        'Sunday, November 1, 2026, 9:00–9:15 AM Pacific Time (PST)',
      ],
      [
        '2027-11-07T17:00:00Z',
        '2027-11-07T17:15:00Z',
        'Sunday, November 7, 2027, 9:00–9:15 AM Pacific Time (PST)',
      ],
      // A slot across the change itself names both clocks.
      [
        '2026-11-01T08:45:00Z',
        '2026-11-01T09:00:00Z',
        'Sunday, November 1, 2026, 1:45 AM PDT–1:00 AM PST (Pacific Time)',
      ],
    ] as const)
      expect(formatSlot({ start, end }, zone)).toBe(text);
  });

  it('writes her own time when she is elsewhere', () => {
    expect(formatSlot(details.slot, 'America/New_York')).toBe(
      'Tuesday, December 1, 2026, 12:00–12:15 PM Eastern Time (EST)',
    );
    expect(formatSlot({ start: '2026-12-02T07:45:00Z', end: '2026-12-02T08:15:00Z' }, zone)).toBe(
      'Tuesday, December 1, 2026, 11:45 PM – Wednesday, December 2, 2026, 12:15 AM Pacific Time (PST)',
    );
  });
});
