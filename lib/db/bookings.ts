import type { Db } from './connection';
import { enqueueMail } from './outbox';
import type { Booking, OutboxItem } from './schema';
import { writeTransaction, type Trx } from './transaction';

/**
 * The consultations booked on /consultation. A slot is held by one booking at most: the unique
 * index of migration 4 says so to the database, and every write below first looks for a booking
 * that overlaps (serialised per slot, so the second writer sees the first's row). A write that
 * still meets the index (two servers at once) is answered `taken`, like the look-up would.
 */

/** The canonical text of an instant, as stored: one slot is one string, whatever ISO form came in. */
export const instantKey = (value: Date | string) => new Date(value).toISOString();

/** A booking with what its e-mails need of its request. */
export type BookingWithLead = Booking & {
  name: string;
  email: string;
  phone: string;
  session_format: string;
};

export interface SlotSpan {
  start: Date | string;
  end: Date | string;
}

/** Is this error the database refusing a second booking of one slot? */
export function isSlotTakenError(error: unknown): boolean {
  const { code, constraint, message } = (error ?? {}) as {
    code?: string;
    constraint?: string;
    message?: string;
  };
  if (code === '23505') return constraint === 'bookings_one_per_slot';
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && /bookings\.start_at/.test(message ?? '');
}

/** The lock key that serialises every write about one slot (PostgreSQL; SQLite needs none). */
export const slotLock = (start: Date | string) => `booking-slot:${instantKey(start)}`;

/** Is another booking still booked over this span? (Inside the writing transaction.) */
export async function slotHeld(trx: Trx, slot: SlotSpan, exceptId?: string): Promise<boolean> {
  const held = await trx
    .selectFrom('bookings')
    .select('id')
    .where('status', '=', 'booked')
    .where('start_at', '<', instantKey(slot.end))
    .where('end_at', '>', instantKey(slot.start))
    .$if(exceptId !== undefined, (qb) => qb.where('id', '<>', exceptId!))
    .limit(1)
    .executeTakeFirst();
  return held !== undefined;
}

/** Stores a booking of a request just written in the same transaction (lib/db/leads.ts). */
export async function insertBooking(
  trx: Trx,
  booking: { id: string; leadId: string; slot: SlotSpan },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('bookings')
    .values({
      id: booking.id,
      lead_id: booking.leadId,
      start_at: instantKey(booking.slot.start),
      end_at: instantKey(booking.slot.end),
      status: 'booked',
      sequence: 0,
      created_at: now.toISOString(),
      cancelled_at: null,
      reminder_queued_at: null,
    })
    .execute();
}

/** The slots still booked that end after `from`: what no one else may book. */
export async function bookedSpans(db: Db, from: Date): Promise<{ start: string; end: string }[]> {
  const rows = await db
    .selectFrom('bookings')
    .select(['start_at', 'end_at'])
    .where('status', '=', 'booked')
    .where('end_at', '>', from.toISOString())
    .orderBy('start_at')
    .execute();
  return rows.map((row) => ({ start: row.start_at, end: row.end_at }));
}

function withLead(db: Db | Trx) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('leads as l', 'l.id', 'b.lead_id')
    .selectAll('b')
    .select(['l.name', 'l.email', 'l.phone', 'l.session_format']);
}

export function findBooking(db: Db | Trx, id: string): Promise<BookingWithLead | undefined> {
  return withLead(db).where('b.id', '=', id).executeTakeFirst();
}

export function bookingOfLead(db: Db | Trx, leadId: string): Promise<Booking | undefined> {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('lead_id', '=', leadId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Bookings with their requests, by time; with `from`, only those still booked that start after it. */
export function listBookings(db: Db, { from }: { from?: Date } = {}): Promise<BookingWithLead[]> {
  return withLead(db)
    .$if(from !== undefined, (qb) =>
      qb.where('b.status', '=', 'booked').where('b.start_at', '>=', from!.toISOString()),
    )
    .orderBy('b.start_at')
    .execute();
}

export type ChangeBookingResult =
  { status: 'changed'; booking: BookingWithLead } | { status: 'not-booked' } | { status: 'taken' };

/** The e-mails of a change, made from the booking as it is after the change. */
export type MessagesOf = (booking: BookingWithLead) => OutboxItem[];

async function changeBooking(
  db: Db,
  id: string,
  serializeOn: string[],
  change: (trx: Trx, booking: BookingWithLead) => Promise<'taken' | Partial<Booking>>,
  messages: MessagesOf,
  now: Date,
): Promise<ChangeBookingResult> {
  try {
    return await writeTransaction(
      db,
      async (trx): Promise<ChangeBookingResult> => {
        const booking = await findBooking(trx, id);
        if (!booking || booking.status !== 'booked') return { status: 'not-booked' };
        const set = await change(trx, booking);
        if (set === 'taken') return { status: 'taken' };
        const sequence = booking.sequence + 1;
        const updated = await trx
          .updateTable('bookings')
          .set({ ...set, sequence })
          .where('id', '=', id)
          .where('status', '=', 'booked')
          .where('sequence', '=', booking.sequence)
          .executeTakeFirst();
        // Changed by someone else since it was read (her two tabs on two servers): nothing done.
        if (Number(updated.numUpdatedRows) !== 1) return { status: 'not-booked' };
        const changed = { ...booking, ...set, sequence };
        await enqueueMail(trx, messages(changed), { leadId: booking.lead_id }, now);
        return { status: 'changed', booking: changed };
      },
      { serializeOn: [`booking:${id}`, ...serializeOn] },
    );
  } catch (error) {
    if (isSlotTakenError(error)) return { status: 'taken' };
    throw error;
  }
}

/** Cancels a booking (its slot is free again) and queues its e-mails, in one transaction. */
export function cancelBooking(
  db: Db,
  id: string,
  messages: MessagesOf,
  now = new Date(),
): Promise<ChangeBookingResult> {
  return changeBooking(
    db,
    id,
    [],
    async () => ({ status: 'cancelled', cancelled_at: now.toISOString() }),
    messages,
    now,
  );
}

/**
 * Moves a booking to another slot and queues its e-mails, in one transaction: `taken` when
 * another booking holds it. The reminder is sent again for the new time.
 */
export function rescheduleBooking(
  db: Db,
  id: string,
  slot: SlotSpan,
  messages: MessagesOf,
  now = new Date(),
): Promise<ChangeBookingResult> {
  return changeBooking(
    db,
    id,
    [slotLock(slot.start)],
    async (trx) =>
      (await slotHeld(trx, slot, id))
        ? 'taken'
        : {
            start_at: instantKey(slot.start),
            end_at: instantKey(slot.end),
            reminder_queued_at: null,
          },
    messages,
    now,
  );
}

/**
 * Queues the reminder of every booking that starts within `aheadMs` and was booked (or moved)
 * longer ago than that, once: the row is marked in the transaction that queues its e-mail, and
 * only a row not marked yet is, so two servers (or the loop and the cron route) queue it once.
 * Returns how many were queued.
 */
export async function queueReminders(
  db: Db,
  messages: MessagesOf,
  { now, aheadMs }: { now: Date; aheadMs: number },
): Promise<number> {
  const until = new Date(now.getTime() + aheadMs);
  const due = await withLead(db)
    .where('b.status', '=', 'booked')
    .where('b.reminder_queued_at', 'is', null)
    .where('b.start_at', '>', now.toISOString())
    .where('b.start_at', '<=', until.toISOString())
    .execute();
  let queued = 0;
  for (const booking of due) {
    // A consultation booked less than a day ahead needs no reminder: her confirmation is recent.
    if (Date.parse(booking.start_at) - Date.parse(booking.created_at) < aheadMs) continue;
    const done = await writeTransaction(db, async (trx) => {
      const marked = await trx
        .updateTable('bookings')
        .set({ reminder_queued_at: now.toISOString() })
        .where('id', '=', booking.id)
        .where('status', '=', 'booked')
        .where('start_at', '=', booking.start_at)
        .where('reminder_queued_at', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) return false;
      await enqueueMail(trx, messages(booking), { leadId: booking.lead_id }, now);
      return true;
    });
    if (done) queued += 1;
  }
  return queued;
}

/** For tests and the report: how many bookings hold a slot now. */
export async function countBooked(db: Db): Promise<number> {
  const row = await db
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'booked')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
