import { database, databaseLabel, type Db } from '@/lib/db';
import {
  claimNextMail,
  countMail,
  markMailNotSent,
  markMailSent,
  noteMailWaiting,
  outboxPayload,
  storeRenderedPayload,
  type OutboxOwner,
} from '@/lib/db/outbox';
import {
  isEmailToRender,
  type ContactPayload,
  type EmailPayload,
  type EmailToRender,
  type OutboxRow,
} from '@/lib/db/schema';
import {
  addContact,
  removeContact,
  sendEmail,
  unsubscribeContact,
  type ResendCallOptions,
  type ResendResult,
} from '@/lib/resend';
import { mailConfig } from './config';
import { renderEmail } from './templates';

/**
 * The outbox: every message and Resend call waits here, in the same database as the lead, until
 * Resend accepts it. Each row has its own idempotency key, passed to Resend on every attempt, so a
 * retry (by this server, another one, `npm run mail:retry`, or all at once) never sends twice.
 * An e-mail stored as a template and its props is rendered by the first sender that claims it, and
 * the rendering is stored before that first attempt: every attempt sends the same bytes.
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
  /** Awaited before each message: the server's sender waits there for a quiet moment. */
  pace?: () => Promise<void>;
}

// On globalThis: Next.js loads this module in more than one bundle (instrumentation, actions), one line is enough.
const globalForWarning = globalThis as typeof globalThis & { __mailNoKeyWarned?: boolean };

const notConfigured = 'not sent: RESEND_API_KEY is not set';

function parsePayload(json: string): EmailPayload | EmailToRender | ContactPayload | string {
  try {
    return JSON.parse(json) as EmailPayload | EmailToRender | ContactPayload;
  } catch {
    return 'the stored message is not valid JSON';
  }
}

/**
 * Renders an e-mail stored as a template and stores the result in its row before anything is
 * sent. When another sender stored its rendering first, that one is sent: never two renderings of
 * one message. A template that cannot be rendered is an error no retry can fix.
 */
async function renderOnce(
  db: Db,
  row: OutboxRow,
  email: EmailToRender,
): Promise<EmailPayload | string> {
  let rendered: EmailPayload;
  try {
    rendered = await renderEmail(email);
  } catch (error) {
    return `the e-mail could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (await storeRenderedPayload(db, row.id, row.payload, JSON.stringify(rendered)))
    return rendered;
  const stored = parsePayload((await outboxPayload(db, row.id)) ?? '');
  return typeof stored === 'string' || isEmailToRender(stored)
    ? 'the e-mail was changed while it was being rendered'
    : (stored as EmailPayload);
}

/** The row as a delivery function sees it (rendered first if need be), or why it cannot be sent. */
async function messageOf(db: Db, row: OutboxRow): Promise<OutboxMessage | string> {
  let payload = parsePayload(row.payload);
  if (typeof payload !== 'string' && isEmailToRender(payload)) {
    payload = await renderOnce(db, row, payload);
  }
  if (typeof payload === 'string') return payload;
  return {
    id: row.id,
    operation: row.operation,
    purpose: row.purpose,
    payload,
    idempotencyKey: row.idempotency_key,
    attempts: Number(row.attempts),
  };
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
    await options.pace?.();
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
    const message = await messageOf(db, row);
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
