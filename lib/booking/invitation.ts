import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

/**
 * The calendar invitation attached to the booking e-mails (RFC 5545/5546, written by
 * ical-generator): METHOD:REQUEST puts the consultation in her calendar and the therapist's,
 * METHOD:CANCEL with the same UID and a higher SEQUENCE takes it out again. Times are written in
 * UTC, which every calendar reads the same way and converts to its owner's zone, so daylight
 * saving needs no VTIMEZONE; the e-mail writes the time out in the practice's zone beside it.
 * No `server-only`: the outbox's command-line tools may render e-mails too.
 */

export interface InvitationDetails {
  /** The booking's id: with the site's host, the UID every calendar keys the event on. */
  bookingId: string;
  /** The site's host name (from SITE_URL), e.g. "moms.example.com". */
  siteHost: string;
  /** 0 for the first invitation; each later version (a new time, the cancellation) is higher. */
  sequence: number;
  slot: { start: Date | string; end: Date | string };
  practiceName: string;
  /** The practice's inbox: calendars send replies and changes there. */
  organizer: { name: string; email: string };
  /** The mother who booked. */
  attendee: { name: string; email: string };
  /** From `consultationLocation`. */
  location: string;
  description?: string;
  /** The page to cancel or reschedule (her signed link), shown by calendars that show URL. */
  url?: string;
  /** When this version was written (DTSTAMP). */
  now: Date;
}

/** "<booking id>@<site host>": stable across the invitation, its changes and its cancellation. */
export function invitationUid(bookingId: string, siteHost: string): string {
  return `${bookingId}@${siteHost.toLowerCase()}`;
}

/** Where the consultation happens, as the invitation's LOCATION. */
export function consultationLocation(
  format: 'in-person' | 'telehealth',
  officeAddress: string,
): string {
  return format === 'in-person' && officeAddress.trim() !== ''
    ? officeAddress.trim()
    : 'Phone or video call';
}

/**
 * A name as a calendar parameter (CN): a double quote cannot appear in one (RFC 5545 §3.2), and
 * ical-generator's backslash is not read back by calendars, so it becomes a single quote.
 */
function nameParameter(person: { name: string; email: string }) {
  return { email: person.email, name: person.name.replace(/\s+/g, ' ').replaceAll('"', "'") };
}

function invitation(details: InvitationDetails, method: ICalCalendarMethod): string {
  const cancelled = method === ICalCalendarMethod.CANCEL;
  const calendar = ical({
    prodId: { company: details.siteHost.toLowerCase(), product: 'consultation', language: 'EN' },
    method,
  });
  calendar.createEvent({
    id: invitationUid(details.bookingId, details.siteHost),
    sequence: details.sequence,
    stamp: details.now,
    start: new Date(details.slot.start),
    end: new Date(details.slot.end),
    summary: `Free consultation with ${details.practiceName}`,
    location: details.location,
    description: details.description ?? null,
    url: details.url ?? null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: nameParameter(details.organizer),
    attendees: [
      {
        ...nameParameter(details.attendee),
        role: ICalAttendeeRole.REQ,
        // She chose the time herself: no reply is asked of her.
        status: cancelled ? null : ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  // Every line ends with CRLF, the last one too.
  return `${calendar.toString().trimEnd()}\r\n`;
}

/** METHOD:REQUEST: the consultation, for her calendar and the therapist's. */
export function consultationInvitation(details: InvitationDetails): string {
  return invitation(details, ICalCalendarMethod.REQUEST);
}

/** METHOD:CANCEL: takes the consultation out of both calendars (send a higher `sequence`). */
export function consultationCancellation(details: InvitationDetails): string {
  return invitation(details, ICalCalendarMethod.CANCEL);
}
