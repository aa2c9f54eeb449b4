import 'server-only';
import type { BookingWithLead, MessagesOf } from '@/lib/db/bookings';
import type { OutboxItem } from '@/lib/db/schema';
import { fill, siteText } from '@/lib/content/site-text';
import { sessionFormats, type ConsultationInput } from '@/lib/forms/consultation-schema';
import { otherWaysText } from '@/lib/forms/consultation-copy';
import type { BookingChange } from '@/lib/emails/BookingEmail';
import { mailConfig } from '@/lib/mail/config';
import { requestRows } from '@/lib/mail/messages';
import { emailToRender } from '@/lib/mail/templates';
import { practice } from '@/lib/practice';
import { managePath, manageToken } from './manage-link';
import { absoluteUrl, siteUrl } from '@/lib/site';
import { formatSlot } from './format';
import { practiceTimeZone } from './offer';
import {
  consultationCancellation,
  consultationInvitation,
  consultationLocation,
} from './invitation';

/**
 * The e-mails of a booking, as outbox rows: to her and to the practice, each with the calendar
 * invitation attached (METHOD:REQUEST, or METHOD:CANCEL once cancelled; one UID for the booking,
 * its SEQUENCE one higher with each change) and the time written out in the practice's zone.
 * Built before (or inside) the transaction that stores what they are about.
 */

/** The booking as its e-mails see it: the request it belongs to and its slot now. */
export interface BookingFacts {
  id: string;
  sequence: number;
  slot: { start: string; end: string };
  name: string;
  email: string;
  phone: string;
  sessionFormat: string;
}

export function bookingFacts(booking: BookingWithLead): BookingFacts {
  return {
    id: booking.id,
    sequence: booking.sequence,
    slot: { start: booking.start_at, end: booking.end_at },
    name: booking.name,
    email: booking.email,
    phone: booking.phone,
    sessionFormat: booking.session_format,
  };
}

/** Her signed link to the page where she cancels or moves the booking; good until it starts. */
export function manageUrl(bookingId: string, slotStart: string, secret: string): string {
  return absoluteUrl(managePath(manageToken(bookingId, slotStart, secret)));
}

const siteHost = () => new URL(siteUrl).hostname;

function attachment(facts: BookingFacts, change: BookingChange, now: Date, url?: string) {
  const { practiceInbox, from } = mailConfig();
  const organizerEmail = practiceInbox || /<([^>]+)>/.exec(from)?.[1] || from;
  const details = {
    bookingId: facts.id,
    siteHost: siteHost(),
    sequence: facts.sequence,
    slot: facts.slot,
    practiceName: practice.practiceName,
    organizer: { name: practice.practiceName, email: organizerEmail },
    attendee: { name: facts.name, email: facts.email },
    location: consultationLocation(
      facts.sessionFormat === 'in-person' ? 'in-person' : 'telehealth',
      practice.postalAddress,
    ),
    url,
    now,
  };
  const cancelled = change === 'cancelled';
  const ics = cancelled ? consultationCancellation(details) : consultationInvitation(details);
  return {
    filename: cancelled ? 'consultation-cancelled.ics' : 'consultation.ics',
    content: Buffer.from(ics, 'utf8').toString('base64'),
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
  };
}

const subjects: Record<BookingChange, keyof typeof siteText.emails> = {
  booked: 'bookingSubject',
  moved: 'movedSubject',
  cancelled: 'cancelledSubject',
  reminder: 'reminderSubject',
};

const practiceSubjects: Record<Exclude<BookingChange, 'reminder'>, string> = {
  booked: 'Consultation booked',
  moved: 'Consultation moved',
  cancelled: 'Consultation cancelled',
};

/**
 * Her e-mail and the practice's about one change. `lead`: the whole request, with a new booking
 * (the practice's e-mail then carries all of it); `secret`: signs her link (not after a
 * cancellation, which leaves nothing to manage).
 */
export function bookingMessages(
  change: BookingChange,
  facts: BookingFacts,
  {
    now,
    secret,
    lead,
    timeZone,
  }: {
    now: Date;
    secret: string;
    lead?: ConsultationInput;
    /** The practice's zone, where the time is written out. */
    timeZone: string;
  },
): OutboxItem[] {
  const { from, practiceInbox } = mailConfig();
  const time = formatSlot(facts.slot, timeZone);
  const url = change === 'cancelled' ? undefined : manageUrl(facts.id, facts.slot.start, secret);
  const withInvitation = change !== 'reminder';
  const toHer = emailToRender(
    {
      from,
      to: [facts.email],
      replyTo: practice.contact.email || undefined,
      subject: fill(siteText.emails[subjects[change]]),
      ...(withInvitation ? { attachments: [attachment(facts, change, now, url)] } : {}),
    },
    'booking-mother',
    {
      change,
      practiceName: practice.practiceName,
      name: facts.name,
      time,
      manageUrl: url,
      otherWays: otherWaysText(practice),
    },
  );
  const items: OutboxItem[] = [
    { operation: 'email', purpose: `booking-${change}-confirmation`, payload: toHer },
  ];
  if (change === 'reminder') return items;

  const rows = lead
    ? requestRows(lead, { bestTime: false })
    : [
        { label: 'Name', value: facts.name },
        { label: 'E-mail', value: facts.email },
        { label: 'Phone', value: facts.phone },
        {
          label: 'Format',
          value: sessionFormats[facts.sessionFormat as keyof typeof sessionFormats] ?? '',
        },
      ];
  const outside = lead?.inCalifornia === 'no' ? '[Outside California] ' : '';
  const toPractice = emailToRender(
    {
      from,
      to: [practiceInbox],
      replyTo: facts.email,
      subject: `${outside}${practiceSubjects[change]}: ${facts.name}, ${time}`,
      attachments: [attachment(facts, change, now)],
    },
    'booking-practice',
    {
      change,
      practiceName: practice.practiceName,
      name: facts.name,
      time,
      rows,
      ...(lead ? { message: lead.message } : {}),
    },
  );
  return [
    { operation: 'email', purpose: `booking-${change}-notification`, payload: toPractice },
    ...items,
  ];
}

/**
 * The e-mails of a change to a stored booking (moved, cancelled, reminder), made from the booking as
 * lib/db/bookings.ts has it after the change, the time written in the practice's zone.
 */
export function changeMessages(
  change: Exclude<BookingChange, 'booked'>,
  { now, secret }: { now: Date; secret: string },
): MessagesOf {
  return (booking) =>
    bookingMessages(change, bookingFacts(booking), { now, secret, timeZone: practiceTimeZone() });
}
