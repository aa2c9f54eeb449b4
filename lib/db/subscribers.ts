import { randomUUID } from 'node:crypto';
import type { Db } from './connection';
import { enqueueMail } from './outbox';
import { takeRateLimit, type RateLimitRule } from './rate-limit';
import type { OutboxItem, Subscriber } from './schema';
import { writeTransaction, type Trx } from './transaction';

/** Newsletter sign-ups (double opt-in): pending until the link in the e-mail is confirmed. */

export function findSubscriber(db: Db | Trx, email: string): Promise<Subscriber | undefined> {
  return db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
}

export type SignUpResult =
  | { status: 'sent'; subscriberId: string }
  | { status: 'already-confirmed' }
  | { status: 'rate-limited' };

/**
 * Records a sign-up as pending with a new confirmation nonce and queues its confirmation e-mail,
 * in one transaction (serialised on the address and the rate-limit buckets).
 */
export function storeSignUp(
  db: Db,
  input: {
    email: string;
    nonce: string;
    message: OutboxItem;
    now: Date;
    rateLimit: { buckets: readonly string[]; rule: RateLimitRule };
  },
): Promise<SignUpResult> {
  const { email, nonce, now } = input;
  return writeTransaction(
    db,
    async (trx): Promise<SignUpResult> => {
      const existing = await findSubscriber(trx, email);
      if (existing?.status === 'confirmed') return { status: 'already-confirmed' };
      if (!(await takeRateLimit(trx, input.rateLimit.buckets, now.getTime(), input.rateLimit.rule)))
        return { status: 'rate-limited' };
      const id = existing?.id ?? randomUUID();
      if (existing) {
        await trx
          .updateTable('subscribers')
          .set({ status: 'pending', confirm_nonce: nonce })
          .where('id', '=', id)
          .execute();
      } else {
        await trx
          .insertInto('subscribers')
          .values({
            id,
            email,
            status: 'pending',
            confirm_nonce: nonce,
            created_at: now.toISOString(),
          })
          .execute();
      }
      await enqueueMail(trx, [input.message], { subscriberId: id }, now);
      return { status: 'sent', subscriberId: id };
    },
    { serializeOn: [`subscriber:${email}`, ...input.rateLimit.buckets] },
  );
}

export type ConfirmSignUpResult =
  | { status: 'confirmed'; email: string; subscriberId: string }
  | { status: 'already-confirmed'; email: string }
  | { status: 'used' };

/** Confirms a pending sign-up whose nonce matches, and queues the Resend contact; once. */
export function confirmSignUp(
  db: Db,
  input: { email: string; nonce: string | undefined; contact: OutboxItem; now: Date },
): Promise<ConfirmSignUpResult> {
  return writeTransaction(
    db,
    async (trx): Promise<ConfirmSignUpResult> => {
      const row = await findSubscriber(trx, input.email);
      if (!row) return { status: 'used' };
      if (row.status === 'confirmed') return { status: 'already-confirmed', email: row.email };
      if (row.status !== 'pending' || row.confirm_nonce !== input.nonce) return { status: 'used' };
      await trx
        .updateTable('subscribers')
        .set({ status: 'confirmed', confirm_nonce: null, confirmed_at: input.now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      await enqueueMail(trx, [input.contact], { subscriberId: row.id }, input.now);
      return { status: 'confirmed', email: row.email, subscriberId: row.id };
    },
    { serializeOn: [`subscriber:${input.email}`] },
  );
}

/**
 * Unsubscribes at once: no further mail goes to the address. A reader who had confirmed has a
 * Resend contact, whose removal is queued; the daily purge deletes the address once that is done
 * (lib/db/retention.ts). Safe to repeat. Returns the subscriber's id when there was one.
 */
export function unsubscribeSubscriber(
  db: Db,
  input: { email: string; contactRemoval: OutboxItem; now: Date },
): Promise<{ subscriberId?: string; email: string }> {
  return writeTransaction(
    db,
    async (trx) => {
      const row = await findSubscriber(trx, input.email);
      if (!row || row.status === 'unsubscribed') return { email: input.email };
      await trx
        .updateTable('subscribers')
        .set({
          status: 'unsubscribed',
          confirm_nonce: null,
          unsubscribed_at: input.now.toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      if (row.status === 'confirmed')
        await enqueueMail(trx, [input.contactRemoval], { subscriberId: row.id }, input.now);
      return { email: row.email, subscriberId: row.id };
    },
    { serializeOn: [`subscriber:${input.email}`] },
  );
}

/** Every subscriber, by id (what the fuzz test compares before and after). */
export function allSubscribers(db: Db): Promise<Subscriber[]> {
  return db.selectFrom('subscribers').selectAll().orderBy('id').execute();
}
