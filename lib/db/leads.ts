import { randomUUID } from 'node:crypto';
import {
  bookingOfLead,
  insertBooking,
  isSlotTakenError,
  slotHeld,
  slotLock,
  type SlotSpan,
} from './bookings';
import type { Db } from './connection';
import { enqueueMail } from './outbox';
import { takeRateLimit, type RateLimitRule } from './rate-limit';
import type { Lead, NewLead, OutboxItem } from './schema';
import { startsWith } from './text';
import { writeTransaction } from './transaction';

/** A request's own fields, as the form gave them. */
export type LeadFields = Omit<
  NewLead,
  'id' | 'created_at' | 'consent_at' | 'client_token' | 'fingerprint'
>;

export type StoreLeadResult =
  | { status: 'stored'; leadId: string; bookingId?: string }
  | { status: 'duplicate'; leadId: string; bookingId?: string }
  | { status: 'rate-limited' }
  /** The slot asked for is booked by someone else: nothing was stored. */
  | { status: 'taken' };

export interface StoreLeadInput {
  fields: LeadFields;
  fingerprint: string;
  clientToken?: string;
  /** The same fingerprint stored at or after this time makes this request a duplicate. */
  duplicateSince: Date;
  now: Date;
  rateLimit: { buckets: readonly string[]; rule: RateLimitRule };
  /** The request's e-mails, rendered before the transaction. */
  messages: readonly OutboxItem[];
  /** The slot she booked with it, under the id its e-mails already name. */
  booking?: { id: string; slot: SlotSpan };
}

/**
 * Stores a consultation request and its e-mails in one transaction: all of it or none. A request
 * whose client token or fingerprint is already stored (within the window) returns that request
 * instead, and is not counted against the rate limit. Serialised on the fingerprint, the token and
 * the rate-limit buckets, so the same request arriving at two servers at once is stored once.
 */
export async function storeLeadOnce(db: Db, input: StoreLeadInput): Promise<StoreLeadResult> {
  try {
    return await storeLeadTransaction(db, input);
  } catch (error) {
    // Another server booked the slot between our look and our write: the index said no.
    if (input.booking && isSlotTakenError(error)) return { status: 'taken' };
    throw error;
  }
}

function storeLeadTransaction(db: Db, input: StoreLeadInput): Promise<StoreLeadResult> {
  const { fields, fingerprint, clientToken, now, booking } = input;
  const serializeOn = [
    `lead-fingerprint:${fingerprint}`,
    ...(clientToken ? [`lead-token:${clientToken}`] : []),
    ...(booking ? [slotLock(booking.slot.start)] : []),
    ...input.rateLimit.buckets,
  ];
  return writeTransaction(
    db,
    async (trx): Promise<StoreLeadResult> => {
      const duplicate = await trx
        .selectFrom('leads')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([
              eb('fingerprint', '=', fingerprint),
              eb('created_at', '>=', input.duplicateSince.toISOString()),
            ]),
            ...(clientToken ? [eb('client_token', '=', clientToken)] : []),
          ]),
        )
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (duplicate) {
        const booked = booking && (await bookingOfLead(trx, duplicate.id));
        return {
          status: 'duplicate',
          leadId: duplicate.id,
          ...(booked ? { bookingId: booked.id } : {}),
        };
      }
      if (booking && (await slotHeld(trx, booking.slot))) return { status: 'taken' };
      if (
        !(await takeRateLimit(trx, input.rateLimit.buckets, now.getTime(), input.rateLimit.rule))
      ) {
        return { status: 'rate-limited' };
      }
      const id = randomUUID();
      const at = now.toISOString();
      await trx
        .insertInto('leads')
        .values({
          ...fields,
          id,
          created_at: at,
          consent_at: at,
          client_token: clientToken ?? null,
          fingerprint,
        })
        .execute();
      if (booking)
        await insertBooking(trx, { id: booking.id, leadId: id, slot: booking.slot }, now);
      await enqueueMail(trx, input.messages, { leadId: id }, now);
      return { status: 'stored', leadId: id, ...(booking ? { bookingId: booking.id } : {}) };
    },
    { serializeOn },
  );
}

/** Requests by e-mail address, exactly or (with `prefix`) starting with it; oldest first. */
export function findLeads(db: Db, where: { email?: string; emailPrefix?: string } = {}) {
  return db
    .selectFrom('leads')
    .selectAll()
    .$if(where.email !== undefined, (qb) => qb.where('email', '=', where.email!))
    .$if(where.emailPrefix !== undefined, (qb) => qb.where(startsWith('email', where.emailPrefix!)))
    .orderBy('created_at')
    .execute() satisfies Promise<Lead[]>;
}

export async function countLeads(db: Db): Promise<number> {
  const row = await db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
