import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { databasePath, getDb, nowIso } from '@/lib/db';
import { mailConfig } from './config';
import { resendClient, resendTimeout } from './resend';

/**
 * The outbox: every message and Resend call waits here, in the same database as the lead, until
 * Resend accepts it. Each row has its own idempotency key, passed to Resend on every attempt, so a
 * retry (by the server, `npm run mail:retry`, or both at once) never sends twice.
 */

export interface EmailPayload {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface ContactPayload {
  email: string;
}

export type OutboxItem =
  | { operation: 'email'; purpose: string; payload: EmailPayload }
  | { operation: 'contact' | 'contact-unsubscribe'; purpose: string; payload: ContactPayload };

export interface OutboxRow {
  id: number;
  operation: OutboxItem['operation'];
  purpose: string;
  lead_id: string | null;
  subscriber_id: string | null;
  payload: string;
  idempotency_key: string;
  status: 'pending' | 'sent';
  attempts: number;
  last_error: string | null;
  resend_id: string | null;
  created_at: string;
  next_attempt_at: string;
  sent_at: string | null;
}

/** Adds messages to the outbox. Call it inside the transaction that stores what they are about. */
export function enqueue(
  db: Database.Database,
  items: OutboxItem[],
  owner: { leadId?: string; subscriberId?: string },
  now = new Date(),
): void {
  const insert = db.prepare(
    `INSERT INTO outbox (operation, purpose, lead_id, subscriber_id, payload, idempotency_key, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const item of items) {
    insert.run(
      item.operation,
      item.purpose,
      owner.leadId ?? null,
      owner.subscriberId ?? null,
      JSON.stringify(item.payload),
      `${item.purpose}-${randomUUID()}`,
      nowIso(now),
      nowIso(now),
    );
  }
}

function retryDelayMs(attempts: number): number {
  const { retryBaseMs: base, retryMaxMs: max } = mailConfig();
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

type Attempt = { ok: true; resendId: string } | { ok: false; error: string };

async function attempt(row: OutboxRow, userAgent: string): Promise<Attempt> {
  const resend = resendClient(userAgent);
  if (!resend) return { ok: false, error: 'not sent: RESEND_API_KEY is not set' };
  const options = { idempotencyKey: row.idempotency_key, signal: resendTimeout() };
  const { segmentId, audienceId, timeoutMs } = mailConfig();
  // The SDK reports an aborted call as "Unable to fetch data"; say what really happened.
  const describe = (error: { name?: string; message?: string; statusCode?: number | null }) =>
    options.signal.aborted ? `no answer from Resend within ${timeoutMs} ms` : describeError(error);
  try {
    if (row.operation === 'email') {
      const p = JSON.parse(row.payload) as EmailPayload;
      if (p.to.length === 0 || p.to.some((to) => !to)) {
        return {
          ok: false,
          error: 'no recipient: set PRACTICE_INBOX (or contact.email in content/practice.json)',
        };
      }
      const result = await resend.emails.send(
        {
          from: p.from,
          to: p.to,
          replyTo: p.replyTo,
          subject: p.subject,
          html: p.html,
          text: p.text,
          headers: p.headers,
        },
        options,
      );
      return result.error
        ? { ok: false, error: describe(result.error) }
        : { ok: true, resendId: result.data.id };
    }
    const { email } = JSON.parse(row.payload) as ContactPayload;
    if (row.operation === 'contact') {
      const result = audienceId
        ? await resend.contacts.create({ email, unsubscribed: false, audienceId }, options)
        : await resend.contacts.create(
            { email, unsubscribed: false, segments: segmentId ? [{ id: segmentId }] : undefined },
            options,
          );
      return result.error
        ? { ok: false, error: describe(result.error) }
        : { ok: true, resendId: result.data.id };
    }
    const result = await resend.contacts.update(
      { email, unsubscribed: true, ...(audienceId ? { audienceId } : {}) },
      { signal: options.signal },
    );
    return result.error
      ? { ok: false, error: describe(result.error) }
      : { ok: true, resendId: result.data.id };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function describeError(error: {
  name?: string;
  message?: string;
  statusCode?: number | null;
}): string {
  return [error.statusCode, error.name, error.message].filter(Boolean).join(' ').slice(0, 500);
}

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Still pending after this run (including rows not yet due). */
  pending: number;
}

// On globalThis: Next.js loads this module in more than one bundle (instrumentation, actions), one line is enough.
const globalForWarning = globalThis as typeof globalThis & { __mailNoKeyWarned?: boolean };

/**
 * Sends what is pending and due (or, with `leadId`/`subscriberId`, that owner's rows right away).
 * A row is claimed before the call so two processes never work on it at the same time.
 */
export async function deliverPendingMail(
  options: {
    leadId?: string;
    subscriberId?: string;
    includeNotDue?: boolean;
    userAgent?: string;
  } = {},
): Promise<DeliveryReport> {
  const db = getDb();
  const now = nowIso();
  if (!mailConfig().apiKey) {
    const pending = countPending(db);
    db.prepare(
      `UPDATE outbox SET last_error = 'not sent: RESEND_API_KEY is not set' WHERE status = 'pending' AND last_error IS NULL`,
    ).run();
    if (!globalForWarning.__mailNoKeyWarned && pending > 0) {
      globalForWarning.__mailNoKeyWarned = true;
      console.warn(
        `[mail] RESEND_API_KEY is not set: ${pending} message(s) stay in the outbox (${databasePath()}); \`npm run leads\` lists them.`,
      );
    }
    return { sent: 0, failed: 0, pending };
  }
  const owned = options.leadId || options.subscriberId;
  const rows = db
    .prepare(
      `SELECT * FROM outbox WHERE status = 'pending'
         AND (claimed_until IS NULL OR claimed_until < @now)
         AND (@all = 1 OR next_attempt_at <= @now)
         AND (@leadId IS NULL OR lead_id = @leadId)
         AND (@subscriberId IS NULL OR subscriber_id = @subscriberId)
       ORDER BY id LIMIT 500`,
    )
    .all({
      now,
      all: owned || options.includeNotDue ? 1 : 0,
      leadId: options.leadId ?? null,
      subscriberId: options.subscriberId ?? null,
    }) as OutboxRow[];

  const claim = db.prepare(
    `UPDATE outbox SET claimed_until = ? WHERE id = ? AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)`,
  );
  const markSent = db.prepare(
    `UPDATE outbox SET status = 'sent', resend_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL, claimed_until = NULL WHERE id = ?`,
  );
  const markFailed = db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ?`,
  );

  let sent = 0;
  let failed = 0;
  const claimMs = mailConfig().timeoutMs * 3 + 10_000;
  for (const row of rows) {
    const claimedUntil = nowIso(new Date(Date.now() + claimMs));
    if (claim.run(claimedUntil, row.id, nowIso()).changes === 0) continue;
    const result = await attempt(row, options.userAgent ?? 'kap-site-server');
    if (result.ok) {
      markSent.run(result.resendId, nowIso(), row.id);
      sent += 1;
    } else {
      markFailed.run(
        result.error,
        nowIso(new Date(Date.now() + retryDelayMs(row.attempts + 1))),
        row.id,
      );
      failed += 1;
      console.warn(
        `[mail] outbox #${row.id} (${row.purpose}) not delivered, will retry: ${result.error}`,
      );
    }
  }
  return { sent, failed, pending: countPending(db) };
}

function countPending(db: Database.Database): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`).get() as { n: number }
  ).n;
}

/** Delivers right after the response; never throws into the request that stored the data. */
export function deliverSoon(owner: { leadId?: string; subscriberId?: string }): Promise<void> {
  return deliverPendingMail(owner).then(
    () => undefined,
    (error: unknown) => console.error('[mail] delivery run failed:', error),
  );
}
