import { getDb } from '@/lib/db';

/** What `npm run leads` shows: consultation requests and newsletter sign-ups with their delivery. */
export interface LeadReportRow {
  id: string;
  kind: 'consultation' | 'newsletter';
  name: string;
  email: string;
  createdAt: string;
  /** newsletter: pending (not confirmed yet), confirmed or unsubscribed; consultation: received */
  status: string;
  /** sent (every message accepted by Resend), pending (some wait in the outbox) or none */
  delivery: 'sent' | 'pending' | 'none';
  mail: {
    purpose: string;
    status: string;
    attempts: number;
    lastError: string | null;
    resendId: string | null;
  }[];
}

interface MailRow {
  lead_id: string | null;
  subscriber_id: string | null;
  purpose: string;
  status: string;
  attempts: number;
  last_error: string | null;
  resend_id: string | null;
}

export function leadReport(): LeadReportRow[] {
  const db = getDb();
  const mail = db
    .prepare(
      'SELECT lead_id, subscriber_id, purpose, status, attempts, last_error, resend_id FROM outbox ORDER BY id',
    )
    .all() as MailRow[];
  const mailOf = (key: 'lead_id' | 'subscriber_id', id: string) =>
    mail
      .filter((m) => m[key] === id)
      .map((m) => ({
        purpose: m.purpose,
        status: m.status,
        attempts: m.attempts,
        lastError: m.last_error,
        resendId: m.resend_id,
      }));
  const delivery = (items: LeadReportRow['mail']): LeadReportRow['delivery'] =>
    items.length === 0 ? 'none' : items.every((m) => m.status === 'sent') ? 'sent' : 'pending';

  const leads = db.prepare('SELECT id, name, email, created_at FROM leads').all() as {
    id: string;
    name: string;
    email: string;
    created_at: string;
  }[];
  const subscribers = db.prepare('SELECT id, email, status, created_at FROM subscribers').all() as {
    id: string;
    email: string;
    status: string;
    created_at: string;
  }[];
  const rows: LeadReportRow[] = [
    ...leads.map((l) => {
      const items = mailOf('lead_id', l.id);
      return {
        id: l.id,
        kind: 'consultation' as const,
        name: l.name,
        email: l.email,
        createdAt: l.created_at,
        status: 'received',
        delivery: delivery(items),
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
        delivery: delivery(items),
        mail: items,
      };
    }),
  ];
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
  const header = ['id', 'kind', 'name', 'email', 'createdAt', 'status', 'delivery', 'lastError'];
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
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
