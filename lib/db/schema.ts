import type { Generated, Insertable, Selectable } from 'kysely';
import type { OutgoingEmail } from '@/lib/resend';

/**
 * The tables, as Kysely sees them. Times are ISO-8601 text in UTC on both engines (they sort and
 * compare as text), so every query is the same on SQLite and PostgreSQL; rate-limit hits are
 * milliseconds since the epoch.
 */

export interface LeadsTable {
  id: string;
  created_at: string;
  name: string;
  email: string;
  phone: string;
  contact_method: string;
  best_time: string;
  interest: string;
  session_format: string;
  in_california: string;
  message: string;
  consent_at: string;
  /** The form's one-time token: the same submission sent twice is one request. */
  client_token: string | null;
  /** sha256 of the normalised request: the same request again within the window is one request. */
  fingerprint: string;
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface SubscribersTable {
  id: string;
  email: string;
  status: SubscriberStatus;
  confirm_nonce: string | null;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

/**
 * An e-mail, or a call about a newsletter reader's Resend contact: add it, or remove it when she
 * unsubscribes. 'contact-unsubscribe' (mark it unsubscribed) is what releases before migration 3
 * queued; rows of it may still be waiting.
 */
export type OutboxOperation = 'email' | 'contact' | 'contact-remove' | 'contact-unsubscribe';
/** pending: waits for its (next) attempt; sent: Resend accepted it; failed: given up, see last_error. */
export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxTable {
  id: Generated<number>;
  operation: OutboxOperation;
  purpose: string;
  lead_id: string | null;
  subscriber_id: string | null;
  /**
   * JSON of an EmailPayload or a ContactPayload. An e-mail may be written as an EmailToRender
   * (quick, in the request's transaction) and is replaced by its EmailPayload, once, before its
   * first attempt: every attempt sends the same bytes.
   */
  payload: string;
  /** Sent to Resend with every attempt of this row, and never with any other message. */
  idempotency_key: string;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  last_error: string | null;
  resend_id: string | null;
  created_at: string;
  next_attempt_at: string;
  /** A sender holds the row until then; another may take it over afterwards. */
  claimed_until: string | null;
  sent_at: string | null;
}

export interface RateLimitHitsTable {
  bucket: string;
  at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** booked: holds its slot; cancelled: the slot is free again (the row stays with its request). */
export type BookingStatus = 'booked' | 'cancelled';

/** A consultation booked on /consultation: one slot, for one request (lead). */
export interface BookingsTable {
  /** Random (UUID): it is what her signed manage link names, and the invitation's UID. */
  id: string;
  lead_id: string;
  /** The slot, as UTC instants in canonical ISO form ("2026-12-01T17:00:00.000Z"). */
  start_at: string;
  end_at: string;
  status: BookingStatus;
  /** The calendar invitation's SEQUENCE: 0 when booked, one more with each change or the cancellation. */
  sequence: number;
  created_at: string;
  cancelled_at: string | null;
  /** When the reminder the day before was queued (once): null until then, and again after a move. */
  reminder_queued_at: string | null;
}

export interface Tables {
  leads: LeadsTable;
  bookings: BookingsTable;
  subscribers: SubscribersTable;
  outbox: OutboxTable;
  rate_limit_hits: RateLimitHitsTable;
  settings: SettingsTable;
}

export type Lead = Selectable<LeadsTable>;
export type NewLead = Insertable<LeadsTable>;
export type Subscriber = Selectable<SubscribersTable>;
export type Booking = Selectable<BookingsTable>;
export type OutboxRow = Selectable<OutboxTable>;

/** An e-mail as Resend takes it. */
export type EmailPayload = OutgoingEmail;

/**
 * An e-mail whose body is not rendered yet: who gets it and its subject, decided when the row is
 * written, and the template with the props to render it from (lib/mail/templates.tsx).
 */
export type EmailToRender = Omit<EmailPayload, 'html' | 'text'> & {
  template: { name: string; props: Record<string, unknown> };
};

export const isEmailToRender = (payload: object): payload is EmailToRender => 'template' in payload;

export interface ContactPayload {
  email: string;
}

/** What an outbox row carries: an e-mail, or a Resend contact to add or unsubscribe. */
export type OutboxItem =
  | { operation: 'email'; purpose: string; payload: EmailPayload | EmailToRender }
  | { operation: Exclude<OutboxOperation, 'email'>; purpose: string; payload: ContactPayload };
