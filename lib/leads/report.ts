import { database } from '@/lib/db';
import { reportRows } from '@/lib/db/report';

/** What `npm run leads` shows: consultation requests and newsletter sign-ups with their delivery. */
export interface LeadReportRow {
  id: string;
  kind: 'consultation' | 'newsletter';
  name: string;
  email: string;
  createdAt: string;
  /** newsletter: pending (not confirmed yet), confirmed or unsubscribed; consultation: received, booked or cancelled */
  status: string;
  /** The consultation's booked time (UTC instants), when she booked one. */
  booking?: { start: string; end: string; status: string };
  /**
   * sent (every message accepted by Resend), pending (some wait in the outbox), failed (one was
   * given up on: `npm run mail:retry -- --failed` sends it again) or none
   */
  delivery: 'sent' | 'pending' | 'failed' | 'none';
  mail: {
    purpose: string;
    status: string;
    attempts: number;
    lastError: string | null;
    resendId: string | null;
  }[];
}

/** Every request and sign-up, oldest first, each with the state of its e-mails. */
export async function leadReport(): Promise<LeadReportRow[]> {
  const { leads, subscribers, mail, bookings } = await reportRows(await database());
  const bookingOf = new Map(bookings.map((b) => [b.lead_id, b]));
  const mailOf = (key: 'lead_id' | 'subscriber_id', id: string) =>
    mail
      .filter((m) => m[key] === id)
      .map((m) => ({
        purpose: m.purpose,
        status: m.status,
        attempts: Number(m.attempts),
        lastError: m.last_error,
        resendId: m.resend_id,
      }));
  const rows: LeadReportRow[] = [
    ...leads.map((l) => {
      const items = mailOf('lead_id', l.id);
      const booking = bookingOf.get(l.id);
      return {
        id: l.id,
        kind: 'consultation' as const,
        name: l.name,
        email: l.email,
        createdAt: l.created_at,
        status: booking?.status ?? 'received',
        ...(booking
          ? { booking: { start: booking.start_at, end: booking.end_at, status: booking.status } }
          : {}),
        delivery: deliveryOf(items),
        mail: items,
      };
    }),
    ...subscribers.map((s) => {
      const items = mailOf('subscriber_id', s.id);
      return {
        id: s.id,
        kind: 'newsletter' as const,
        name: '',
        email: s.email,
        createdAt: s.created_at,
        status: s.status,
        delivery: deliveryOf(items),
        mail: items,
      };
    }),
  ];
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** failed as soon as one message was given up on; sent when all went out; else pending (or none). */
export function deliveryOf(items: LeadReportRow['mail']): LeadReportRow['delivery'] {
  if (items.length === 0) return 'none';
  if (items.some((m) => m.status === 'failed')) return 'failed';
  return items.every((m) => m.status === 'sent') ? 'sent' : 'pending';
}

/**
 * RFC 4180 CSV with a UTF-8 byte order mark (so Excel reads accented names right); a cell starting
 * with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
 */
export function toCsv(rows: LeadReportRow[]): string {
  const cell = (value: string | number) => {
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = [
    'id',
    'kind',
    'name',
    'email',
    'createdAt',
    'status',
    'delivery',
    'lastError',
    'bookedStart',
    'bookedEnd',
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      r.kind,
      r.name,
      r.email,
      r.createdAt,
      r.status,
      r.delivery,
      r.mail.find((m) => m.lastError)?.lastError ?? '',
      r.booking?.start ?? '',
      r.booking?.end ?? '',
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
