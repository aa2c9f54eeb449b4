import { randomUUID } from 'node:crypto';
import type { Db } from './connection';
import { isPostgres } from './engine';
import { startsWith } from './text';
import type { OutboxItem, OutboxRow } from './schema';
import type { Trx } from './transaction';

/** Who an outbox row belongs to: a consultation request or a newsletter subscriber. */
export interface OutboxOwner {
  leadId?: string;
  subscriberId?: string;
}

/**
 * Adds messages to the outbox, each with its own idempotency key (the purpose and a fresh UUID:
 * never shared with another message). Call it in the transaction that stores what they are about.
 */
export async function enqueueMail(
  trx: Trx,
  items: readonly OutboxItem[],
  owner: OutboxOwner,
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  const at = now.toISOString();
  await trx
    .insertInto('outbox')
    .values(
      items.map((item) => ({
        operation: item.operation,
        purpose: item.purpose,
        lead_id: owner.leadId ?? null,
        subscriber_id: owner.subscriberId ?? null,
        payload: JSON.stringify(item.payload),
        idempotency_key: `${item.purpose}-${randomUUID()}`,
        created_at: at,
        next_attempt_at: at,
      })),
    )
    .execute();
}

export interface ClaimFilter extends OutboxOwner {
  /** Also rows whose next attempt is not due yet (npm run mail:retry, or an owner's first send). */
  includeNotDue?: boolean;
  /** Only rows after this id: one delivery run walks the outbox once, in order. */
  afterId?: number;
}

/**
 * Takes the next pending row for one sender, or undefined when none is left: one statement that
 * marks the row claimed until `claimUntil` and returns it. On PostgreSQL the row is picked
 * `FOR UPDATE SKIP LOCKED`, so senders on other servers pass over it instead of waiting or taking
 * it too; on SQLite the statement holds the write lock from start to end. A sender that dies
 * holding a claim loses it at `claimUntil`, and the row is taken again.
 */
export async function claimNextMail(
  db: Db,
  filter: ClaimFilter,
  now: Date,
  claimUntil: Date,
): Promise<OutboxRow | undefined> {
  const at = now.toISOString();
  const next = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
    .$if(!filter.includeNotDue, (qb) => qb.where('next_attempt_at', '<=', at))
    .$if(filter.leadId !== undefined, (qb) => qb.where('lead_id', '=', filter.leadId!))
    .$if(filter.subscriberId !== undefined, (qb) =>
      qb.where('subscriber_id', '=', filter.subscriberId!),
    )
    .$if(filter.afterId !== undefined, (qb) => qb.where('id', '>', filter.afterId!))
    .orderBy('id')
    .limit(1)
    .$if(isPostgres(db), (qb) => qb.forUpdate().skipLocked());
  return db
    .updateTable('outbox')
    .set({ claimed_until: claimUntil.toISOString() })
    .where('id', 'in', next)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Replaces a row's payload (an e-mail to render) by its rendered form, unless the row's payload is
 * no longer `current` (another sender, whose claim had lapsed, stored its rendering first). True
 * when this call stored it; otherwise the payload now stored is the one to send.
 */
export async function storeRenderedPayload(
  db: Db,
  id: number,
  current: string,
  rendered: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ payload: rendered })
    .where('id', '=', id)
    .where('payload', '=', current)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A row's stored payload (JSON). */
export async function outboxPayload(db: Db, id: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('outbox')
    .select('payload')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.payload;
}

export async function markMailSent(db: Db, id: number, resendId: string, now: Date) {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sent',
      resend_id: resendId,
      sent_at: now.toISOString(),
      attempts: eb('attempts', '+', 1),
      last_error: null,
      claimed_until: null,
    }))
    .where('id', '=', id)
    .execute();
}

/** Records a failed attempt: tried again at `retryAt`, or given up for good ('failed') when null. */
export async function markMailNotSent(db: Db, id: number, error: string, retryAt: Date | null) {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: retryAt ? 'pending' : 'failed',
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 500),
      ...(retryAt ? { next_attempt_at: retryAt.toISOString() } : {}),
      claimed_until: null,
    }))
    .where('id', '=', id)
    .execute();
}

/** Says on each pending row that was never tried why it waits (e.g. no RESEND_API_KEY). */
export async function noteMailWaiting(db: Db, reason: string) {
  await db
    .updateTable('outbox')
    .set({ last_error: reason })
    .where('status', '=', 'pending')
    .where('last_error', 'is', null)
    .execute();
}

export async function countMail(db: Db, status: OutboxRow['status']): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Puts every failed row back in the queue with a fresh count of attempts, due now; the row keeps
 * its idempotency key, so a message Resend did accept after all is still not sent twice.
 */
export async function requeueFailedMail(db: Db, now: Date): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: 'pending',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      claimed_until: null,
    })
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The outbox rows of a request or a sign-up (or all), oldest first. */
export function outboxRows(db: Db, owner: OutboxOwner = {}): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .$if(owner.leadId !== undefined, (qb) => qb.where('lead_id', '=', owner.leadId!))
    .$if(owner.subscriberId !== undefined, (qb) =>
      qb.where('subscriber_id', '=', owner.subscriberId!),
    )
    .orderBy('id')
    .execute();
}

/** The outbox rows of every request whose e-mail address starts with `prefix` (the load tests' runs). */
export function outboxRowsOfLeadsByEmailPrefix(db: Db, prefix: string): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll('outbox')
    .innerJoin('leads', 'leads.id', 'outbox.lead_id')
    .where(startsWith('leads.email', prefix))
    .orderBy('outbox.id')
    .execute();
}
