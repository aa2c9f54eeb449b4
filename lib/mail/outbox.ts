import { database, databaseLabel, type Db } from '@/lib/db';
import {
  claimNextMail,
  countMail,
  markMailNotSent,
  markMailSent,
  noteMailWaiting,
  type OutboxOwner,
} from '@/lib/db/outbox';
import type { ContactPayload, EmailPayload, OutboxRow } from '@/lib/db/schema';
import {
  addContact,
  removeContact,
  sendEmail,
  unsubscribeContact,
  type ResendCallOptions,
  type ResendResult,
} from '@/lib/resend';
import { mailConfig } from './config';

/**
 * The outbox: every message and Resend call waits here, in the same database as the lead, until
 * Resend accepts it. Each row has its own idempotency key, passed to Resend on every attempt, so a
 * retry (by this server, another one, `npm run mail:retry`, or all at once) never sends twice.
 * A row that keeps failing is given up after MAIL_MAX_ATTEMPTS ('failed'), and at once when Resend
 * calls the message itself invalid; `npm run mail:retry -- --failed` puts failed rows back.
 */

export type { ContactPayload, EmailPayload, OutboxItem } from '@/lib/db/schema';

/** One outbox row, as a delivery function sees it. */
export interface OutboxMessage {
  id: number;
  operation: OutboxRow['operation'];
  purpose: string;
  payload: EmailPayload | ContactPayload;
  idempotencyKey: string;
  /** Attempts before this one. */
  attempts: number;
}

export type DeliveryResult = ResendResult;

/** Hands one message to the mail provider. The outbox only decides when, and what a result means. */
export type Deliver = (message: OutboxMessage) => Promise<DeliveryResult>;

/** Delivery through Resend (lib/resend). */
export function resendDelivery(userAgent = 'kap-site-server'): Deliver {
  return async (message) => {
    const options: ResendCallOptions = { idempotencyKey: message.idempotencyKey, userAgent };
    if (message.operation === 'email') return sendEmail(message.payload as EmailPayload, options);
    const { email } = message.payload as ContactPayload;
    if (message.operation === 'contact') return addContact(email, options);
    if (message.operation === 'contact-remove') return removeContact(email, options);
    return unsubscribeContact(email, options);
  };
}

export interface RetryPolicy {
  /** The pause after the first failed attempt, doubled after each further one… */
  baseMs: number;
  /** …up to this. */
  maxMs: number;
  /** After this many failed attempts the row is given up ('failed'). */
  maxAttempts: number;
  /** How long a sender holds a claimed row before another may take it over. */
  claimMs: number;
}

export function retryPolicy(): RetryPolicy {
  const config = mailConfig();
  return {
    baseMs: config.retryBaseMs,
    maxMs: config.retryMaxMs,
    maxAttempts: config.maxAttempts,
    // Longer than one call can take (the call's timeout, three times over, and some slack).
    claimMs: config.timeoutMs * 3 + 10_000,
  };
}

/** The pause before attempt number `failedAttempts + 1`: base, doubling, capped at max. */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * When to try a message again after a failed attempt, or null to give it up: when the error is
 * not one a retry can fix, or when this was attempt number `maxAttempts`.
 */
export function nextAttemptAfterFailure(
  failedAttempts: number,
  retryable: boolean,
  policy: RetryPolicy,
  now: Date,
): Date | null {
  if (!retryable || failedAttempts >= policy.maxAttempts) return null;
  return new Date(now.getTime() + retryDelayMs(failedAttempts, policy));
}

export interface DeliveryReport {
  sent: number;
  /** Attempts in this run that did not succeed (retried later, or given up). */
  failed: number;
  /** Rows given up in this run. */
  gaveUp: number;
  /** Still pending after this run (including rows not yet due). */
  pending: number;
}

export interface DeliveryOptions extends OutboxOwner {
  includeNotDue?: boolean;
  userAgent?: string;
  /** How to send; Resend unless a test passes its own. */
  deliver?: Deliver;
  policy?: RetryPolicy;
  clock?: () => Date;
  /** The database to send from (default: the configured one). */
  db?: Db;
}

// On globalThis: Next.js loads this module in more than one bundle (instrumentation, actions), one line is enough.
const globalForWarning = globalThis as typeof globalThis & { __mailNoKeyWarned?: boolean };

const notConfigured = 'not sent: RESEND_API_KEY is not set';

function messageOf(row: OutboxRow): OutboxMessage | string {
  try {
    return {
      id: row.id,
      operation: row.operation,
      purpose: row.purpose,
      payload: JSON.parse(row.payload) as EmailPayload | ContactPayload,
      idempotencyKey: row.idempotency_key,
      attempts: Number(row.attempts),
    };
  } catch {
    return 'the stored message is not valid JSON';
  }
}

/**
 * Sends what is pending and due (or, with `leadId`/`subscriberId`, that owner's rows right away).
 * Each row is claimed before its call (lib/db/outbox.ts), so two senders never work on it at once,
 * on one server or several; one run walks the outbox once, in order.
 */
export async function deliverPendingMail(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const db = options.db ?? (await database());
  const clock = options.clock ?? (() => new Date());
  if (!options.deliver && !mailConfig().apiKey) {
    const pending = await countMail(db, 'pending');
    await noteMailWaiting(db, notConfigured);
    if (!globalForWarning.__mailNoKeyWarned && pending > 0) {
      globalForWarning.__mailNoKeyWarned = true;
      console.warn(
        `[mail] RESEND_API_KEY is not set: ${pending} message(s) stay in the outbox (${databaseLabel()}); \`npm run leads\` lists them.`,
      );
    }
    return { sent: 0, failed: 0, gaveUp: 0, pending };
  }
  const deliver = options.deliver ?? resendDelivery(options.userAgent);
  const policy = options.policy ?? retryPolicy();
  const owned = options.leadId !== undefined || options.subscriberId !== undefined;
  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0, pending: 0 };

  let afterId: number | undefined;
  for (let taken = 0; taken < 500; taken += 1) {
    const now = clock();
    const row = await claimNextMail(
      db,
      {
        leadId: options.leadId,
        subscriberId: options.subscriberId,
        includeNotDue: owned || options.includeNotDue,
        afterId,
      },
      now,
      new Date(now.getTime() + policy.claimMs),
    );
    if (!row) break;
    afterId = row.id;
    const message = messageOf(row);
    const result: DeliveryResult =
      typeof message === 'string'
        ? { ok: false, error: message, retryable: false }
        : await deliver(message).catch((error: unknown): DeliveryResult => ({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
            retryable: true,
          }));
    if (result.ok) {
      await markMailSent(db, row.id, result.id, clock());
      report.sent += 1;
      continue;
    }
    const failedAttempts = Number(row.attempts) + 1;
    const retryAt = nextAttemptAfterFailure(failedAttempts, result.retryable, policy, clock());
    await markMailNotSent(db, row.id, result.error, retryAt);
    report.failed += 1;
    if (retryAt) {
      console.warn(
        `[mail] outbox #${row.id} (${row.purpose}) not delivered, will retry: ${result.error}`,
      );
    } else {
      report.gaveUp += 1;
      console.error(
        `[mail] outbox #${row.id} (${row.purpose}) given up after ${failedAttempts} attempt(s) (${result.error}); \`npm run mail:retry -- --failed\` tries it again`,
      );
    }
  }
  report.pending = await countMail(db, 'pending');
  return report;
}

/** Delivers right after the response; never throws into the request that stored the data. */
export function deliverSoon(owner: OutboxOwner): Promise<void> {
  return deliverPendingMail(owner).then(
    () => undefined,
    (error: unknown) => console.error('[mail] delivery run failed:', error),
  );
}
